using Zhiku.Model;

namespace Zhiku.Search;

/// <summary>The names of work kinds in the index, the query syntax and JSON output ("journal-article").</summary>
public static class WorkKinds
{
    private static readonly Dictionary<WorkKind, string> Names = Enum.GetValues<WorkKind>()
        .ToDictionary(k => k, k => string.Concat(k.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));

    private static readonly Dictionary<string, WorkKind> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string Name(WorkKind kind) => Names[kind];

    public static WorkKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;
}
