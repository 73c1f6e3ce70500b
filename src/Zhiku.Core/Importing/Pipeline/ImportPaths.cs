namespace Zhiku.Importing.Pipeline;

/// <summary>
/// Turns the paths given to an import into the list of files, folders walked recursively in name order. Inside a
/// folder, hidden files and licence notices (LICENSE, COPYING, NOTICE, *.LICENSE) are passed over; a file named
/// explicitly is always imported.
/// </summary>
internal static class ImportPaths
{
    private static readonly string[] NoticeNames = ["LICENSE", "LICENCE", "COPYING", "NOTICE"];

    private static bool IsNotice(string path)
    {
        var name = Path.GetFileName(path);
        var stem = Path.GetFileNameWithoutExtension(path);
        return name.StartsWith('.')
            || NoticeNames.Contains(stem, StringComparer.OrdinalIgnoreCase)
            || NoticeNames.Contains(Path.GetExtension(path).TrimStart('.'), StringComparer.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
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
            }
            else
            {
                throw new FileNotFoundException($"no such file or folder: {path}", path);
            }
        }

        return [.. files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)];
    }
}
