namespace Zhiku.Text;

/// <summary>
/// The lines of the bundled text dictionaries (<c>key&lt;TAB&gt;value</c>, <c>#</c> comments, blank lines), so that
/// every reader refuses a malformed line the same way: with the file, the line number and what was expected.
/// </summary>
internal static class TabbedLines
{
    /// <exception cref="FileNotFoundException">The file is missing beside the application.</exception>
    /// <exception cref="FormatException">A line has no key or no value; the message names the file, the line and <paramref name="expected"/>.</exception>
    public static IEnumerable<(string Key, string Value, int Line)> Read(string path, string expected)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: the dictionary is missing beside the application", path);
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == line.Length - 1)
            {
                throw Malformed(path, number, expected, line);
            }

            yield return (line[..tab], line[(tab + 1)..], number);
        }
    }

    /// <summary>The error for a line whose parts are there but wrong.</summary>
    public static FormatException Malformed(string path, int line, string expected, string text) =>
        new($"{path}, line {line}: expected {expected}, got '{text}'");
}
