namespace Zhiku.Text.Pinyin;

/// <summary>
/// Toneless pinyin of Han characters (the first kMandarin reading of Unihan, see Data/hanzi-pinyin.txt), so that a
/// Chinese name written in characters can meet its romanised spellings. Immutable and thread-safe.
/// </summary>
internal sealed class PinyinTable
{
    private static readonly Lazy<PinyinTable> LazyDefault = new(() =>
        Read(Path.Combine(AppContext.BaseDirectory, "Resources", "pinyin", "hanzi-pinyin.txt")));

    private readonly Dictionary<char, string> _readings;

    // Every reading as a Latin name spells it: ü as u and as v (吕: Lu, Lv).
    private readonly HashSet<string> _syllables;
    private readonly int _longest;

    private PinyinTable(Dictionary<char, string> readings)
    {
        _readings = readings;
        _syllables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reading in readings.Values)
        {
            _syllables.Add(reading.Replace('ü', 'u'));
            _syllables.Add(reading.Replace('ü', 'v'));
        }

        _longest = _syllables.Max(s => s.Length);
    }

    /// <summary>The bundled table (Resources/pinyin beside the application), loaded once.</summary>
    public static PinyinTable Default => LazyDefault.Value;

    /// <summary>Number of characters with a reading.</summary>
    public int Count => _readings.Count;

    /// <summary>The toneless reading of <paramref name="c"/> (ü kept), or null when the table does not hold it.</summary>
    public string? Reading(char c) => _readings.GetValueOrDefault(c);

    /// <summary>Whether <paramref name="text"/> (lower case, no tone marks) is one pinyin syllable.</summary>
    public bool IsSyllable(string text) => _syllables.Contains(text);

    /// <summary>
    /// <paramref name="text"/> (lower case letters) cut into pinyin syllables, longest first with backtracking
    /// ("xiaoming" → xiao ming), or null when it is not pinyin ("wolfgang").
    /// </summary>
    public IReadOnlyList<string>? Syllables(string text)
    {
        var result = new List<string>();
        return text.Length > 0 && Cut(text, 0, result) ? result : null;
    }

    /// <summary>Reads <c>reading&lt;TAB&gt;characters</c> lines (<c>#</c> comments).</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the file and the line.</exception>
    public static PinyinTable Read(string path)
    {
        const string Expected = "a toneless pinyin reading, a tab and characters";
        var readings = new Dictionary<char, string>();
        foreach (var (reading, characters, line) in TabbedLines.Read(path, Expected))
        {
            if (!reading.All(c => c is (>= 'a' and <= 'z') or 'ü'))
            {
                throw TabbedLines.Malformed(path, line, Expected, reading + "\t" + characters);
            }

            foreach (var c in characters)
            {
                readings.TryAdd(c, reading);
            }
        }

        return new PinyinTable(readings);
    }

    private bool Cut(string text, int start, List<string> result)
    {
        if (start == text.Length)
        {
            return true;
        }

        for (var length = Math.Min(_longest, text.Length - start); length > 0; length--)
        {
            var syllable = text.Substring(start, length);
            if (!_syllables.Contains(syllable))
            {
                continue;
            }

            result.Add(syllable);
            if (Cut(text, start + length, result))
            {
                return true;
            }

            result.RemoveAt(result.Count - 1);
        }

        return false;
    }
}
