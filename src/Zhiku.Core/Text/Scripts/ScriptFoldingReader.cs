namespace Zhiku.Text.Scripts;

/// <summary>
/// Reads OpenCC dictionary text (<c>traditional&lt;TAB&gt;simplified [alternatives]</c>, <c>#</c> comments) into a
/// <see cref="ScriptFolding"/>. Only the first value counts, and both sides must have the same length.
/// </summary>
public static class ScriptFoldingReader
{
    /// <summary>Reads a character file (one character per side) and a phrase file.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the file, the line and the problem.</exception>
    public static ScriptFolding Read(string charactersPath, string phrasesPath)
    {
        var characters = new char[char.MaxValue + 1];
        foreach (var (traditional, simplified, line) in Entries(charactersPath))
        {
            if (traditional.Length != 1 || simplified.Length != 1)
            {
                throw new FormatException($"{charactersPath}, line {line}: '{traditional}' → '{simplified}' is not one character for one");
            }

            characters[traditional[0]] = traditional[0] == simplified[0] ? '\0' : simplified[0];
        }

        var phrases = new List<ScriptPhrase>();
        foreach (var (traditional, simplified, line) in Entries(phrasesPath))
        {
            if (traditional.Length < 2 || traditional.Length != simplified.Length)
            {
                throw new FormatException($"{phrasesPath}, line {line}: '{traditional}' → '{simplified}' must be a phrase of the same length on both sides");
            }

            phrases.Add(new ScriptPhrase(traditional, simplified));
        }

        var byFirst = phrases
            .GroupBy(p => p.Traditional[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Traditional.Length).ToArray());
        return new ScriptFolding(characters, byFirst);
    }

    private static IEnumerable<(string Traditional, string Simplified, int Line)> Entries(string path)
    {
        foreach (var (traditional, values, line) in TabbedLines.Read(path, "'traditional<TAB>simplified'"))
        {
            var space = values.IndexOf(' ', StringComparison.Ordinal);
            yield return (traditional, space < 0 ? values : values[..space], line);
        }
    }
}
