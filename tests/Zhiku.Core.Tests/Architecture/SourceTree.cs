namespace Zhiku.Tests.Architecture;

/// <summary>
/// The source files of one project and which folder's namespace each file refers to: through using directives,
/// fully or partly qualified names, and the types of enclosing namespaces that C# makes visible without a using.
/// </summary>
internal sealed class SourceTree
{
    private readonly Dictionary<string, HashSet<string>> _typesByNamespace = [];

    public SourceTree(string rootNamespace, IEnumerable<SourceFile> files)
    {
        RootNamespace = rootNamespace;
        Files = [.. files];
        foreach (var file in Files)
        {
            if (!_typesByNamespace.TryGetValue(file.Namespace, out var types))
            {
                _typesByNamespace[file.Namespace] = types = [];
            }

            types.UnionWith(file.Types);
        }
    }

    public string RootNamespace { get; }

    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Reads every .cs file below a project folder (bin and obj left out).</summary>
    public static SourceTree Read(string projectFolder, string rootNamespace)
    {
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(projectFolder, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => SourceFile.Parse(path, File.ReadAllText(Path.Combine(projectFolder, path))));
        return new SourceTree(rootNamespace, files);
    }

    /// <summary>The folder a namespace of this project stands for ("Zhiku.Formats.Ris" → "Formats/Ris"), or null.</summary>
    public string? FolderOf(string ns) =>
        ns == RootNamespace ? string.Empty
        : ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal) ? ns[(RootNamespace.Length + 1)..].Replace('.', '/')
        : null;

    /// <summary>The namespaces of this project a file refers to, other than its own.</summary>
    public IReadOnlySet<string> References(SourceFile file)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in file.Usings)
        {
            if (Longest(name.Split('.'), string.Empty) is { } ns)
            {
                found.Add(ns);
            }
        }

        var enclosing = Enclosing(file.Namespace).ToList();
        foreach (var chain in file.Chains)
        {
            foreach (var scope in enclosing.Prepend(string.Empty))
            {
                if (Qualified(chain, scope) is { } ns)
                {
                    found.Add(ns);
                    break;
                }
            }
        }

        // A type of an enclosing namespace is visible without a using: Zhiku.Formats.Ris sees Zhiku.Formats.IFormatImporter.
        foreach (var outer in enclosing.Where(ns => ns != file.Namespace))
        {
            if (_typesByNamespace.TryGetValue(outer, out var types) && types.Overlaps(file.Identifiers))
            {
                found.Add(outer);
            }
        }

        found.Remove(file.Namespace);
        return found;
    }

    // The longest known namespace a using directive names (a static or alias using names a type inside it).
    private string? Longest(string[] parts, string scope)
    {
        for (var n = parts.Length; n > 0; n--)
        {
            var ns = Join(scope, parts[..n]);
            if (_typesByNamespace.ContainsKey(ns))
            {
                return ns;
            }
        }

        return null;
    }

    // A qualified name "Formats.Wos.WosTabImporter" read in a scope: the namespace when a type of it follows.
    private string? Qualified(string[] chain, string scope)
    {
        for (var n = chain.Length - 1; n > 0; n--)
        {
            var ns = Join(scope, chain[..n]);
            if (_typesByNamespace.TryGetValue(ns, out var types) && types.Contains(chain[n]))
            {
                return ns;
            }
        }

        return null;
    }

    private static string Join(string scope, string[] parts) =>
        scope.Length == 0 ? string.Join('.', parts) : scope + "." + string.Join('.', parts);

    // The namespace itself and every namespace it is nested in, innermost first.
    private static IEnumerable<string> Enclosing(string ns)
    {
        for (var name = ns; name.Length > 0; name = name.Contains('.') ? name[..name.LastIndexOf('.')] : string.Empty)
        {
            yield return name;
        }
    }
}
