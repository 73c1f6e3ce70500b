namespace Zhiku.Importing.Pipeline;

/// <summary>
/// Turns the paths given to an import into the list of files, folders walked recursively in name order. Inside a
/// folder, hidden files and the notes that describe the folder rather than hold records (README, SOURCES, LICENSE,
/// COPYING, NOTICE, CHANGELOG with any extension, *.LICENSE) are passed over; a file named explicitly is always imported.
/// </summary>
internal static class ImportPaths
{
    private static readonly string[] NoticeNames = ["LICENSE", "LICENCE", "COPYING", "NOTICE", "README", "SOURCES", "CHANGELOG"];

    private static bool IsNotice(string path)
    {
        var name = Path.GetFileName(path);
        var stem = Path.GetFileNameWithoutExtension(path);
        return name.StartsWith('.')
            || NoticeNames.Contains(stem, StringComparer.OrdinalIgnoreCase)
            || NoticeNames.Contains(Path.GetExtension(path).TrimStart('.'), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The files to import, and among them those found by walking a folder (not named by the caller).</summary>
    public static (IReadOnlyList<string> Files, IReadOnlySet<string> InFolders) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !IsNotice(f))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
                named.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            }
        }

        var all = files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        return (all, all.Where(f => !named.Contains(f)).ToHashSet(StringComparer.Ordinal));
    }
}
