namespace Zhiku.Text.Segmentation;

/// <summary>
/// Reads jieba dictionary lines, "word [freq] [tag]" separated by spaces or tabs (dict.txt always has all three;
/// user dictionaries may omit freq and tag).
/// </summary>
internal static class DictionaryFileReader
{
    /// <summary>Calls <paramref name="add"/> with each word and its frequency (null when the line has none).</summary>
    public static void Read(string path, Action<string, int?> add)
    {
        ArgumentNullException.ThrowIfNull(add);
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            if (TryParse(line, out var word, out var frequency))
            {
                add(word, frequency);
            }
        }
    }

    public static bool TryParse(string line, out string word, out int? frequency)
    {
        var rest = line.AsSpan().Trim();
        frequency = null;
        word = string.Empty;
        if (rest.IsEmpty || rest[0] == '#')
        {
            return false;
        }

        var cut = rest.IndexOfAny(' ', '\t');
        if (cut < 0)
        {
            word = rest.ToString();
            return true;
        }

        word = rest[..cut].ToString();
        rest = rest[(cut + 1)..].TrimStart();
        var end = rest.IndexOfAny(' ', '\t');
        var field = end < 0 ? rest : rest[..end];
        if (int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var f))
        {
            frequency = f;
        }

        return true;
    }
}
