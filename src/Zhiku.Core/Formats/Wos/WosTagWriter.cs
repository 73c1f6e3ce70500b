namespace Zhiku.Formats.Wos;

/// <summary>Writes the tag lines of one WoS record: "XX value", further values on lines indented by three spaces.</summary>
internal readonly struct WosTagWriter(TextWriter writer)
{
    /// <summary>One value on one line (line breaks inside it become spaces); nothing when blank.</summary>
    public void One(string tag, string? value) => Lines(tag, value is null ? [] : [value]);

    /// <summary>Values joined by "; " on one line (DE, ID, WC, FU).</summary>
    public void Joined(string tag, IEnumerable<string> values) => One(tag, string.Join("; ", values.Select(Flat).Where(v => v.Length > 0)));

    /// <summary>One value per line (AU, AF, C1, CR).</summary>
    public void Lines(string tag, IEnumerable<string> values)
    {
        var first = true;
        foreach (var value in values.Select(Flat).Where(v => v.Length > 0))
        {
            writer.Write(first ? tag + " " : "   ");
            writer.Write(value);
            writer.Write('\n');
            first = false;
        }
    }

    private static string Flat(string value) => string.Join(' ', value.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
