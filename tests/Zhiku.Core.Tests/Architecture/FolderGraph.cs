namespace Zhiku.Tests.Architecture;

/// <summary>The references between groups of folders (top-level folders, format folders) with the files that make each one.</summary>
internal sealed class FolderGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    /// <summary>Groups every file and every namespace it refers to by a key of its folder (null: not grouped).</summary>
    public FolderGraph(SourceTree tree, Func<string, string?> group)
    {
        foreach (var file in tree.Files)
        {
            if (group(file.Folder) is not { } from)
            {
                continue;
            }

            foreach (var ns in tree.References(file))
            {
                if (tree.FolderOf(ns) is { } folder && group(folder) is { } to && to != from)
                {
                    Add(from, to, file.Path);
                }
            }
        }
    }

    /// <summary>The groups one group refers to, each with the files that refer to it.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> From(string group) =>
        _edges.TryGetValue(group, out var to) ? to : new SortedDictionary<string, SortedSet<string>>();

    /// <summary>Every reference as "from → to (file, …)".</summary>
    public IEnumerable<string> Describe() =>
        _edges.SelectMany(e => e.Value.Select(t => $"{e.Key} → {t.Key} ({string.Join(", ", t.Value.Take(3))})"));

    /// <summary>The groups of two or more folders that refer to each other round a cycle (strongly connected components).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var nodes = _edges.Keys.Concat(_edges.Values.SelectMany(v => v.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var node in nodes)
        {
            var reach = Reachable(node);
            var component = nodes.Where(other => reach.Contains(other) && Reachable(other).Contains(node)).ToList();
            if (component.Count > 1 && component[0] == node)
            {
                cycles.Add(component);
            }
        }

        return cycles;
    }

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var stack = new Stack<string>([start]);
        while (stack.TryPop(out var node))
        {
            foreach (var next in From(node).Keys.Where(seen.Add))
            {
                stack.Push(next);
            }
        }

        return seen;
    }

    private void Add(string from, string to, string file)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new(StringComparer.Ordinal);
        }

        if (!targets.TryGetValue(to, out var files))
        {
            targets[to] = files = new(StringComparer.Ordinal);
        }

        files.Add(file);
    }
}
