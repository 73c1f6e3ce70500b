namespace Zhiku.Formats.Wos;

/// <summary>One tag of a WoS record: the line it starts on and its values, one per physical line.</summary>
internal sealed class WosField(string tag, int line)
{
    public string Tag { get; } = tag;

    public int Line { get; } = line;

    /// <summary>The values, one per line (the tag line and its continuation lines), trimmed.</summary>
    public List<string> Values { get; } = [];

    /// <summary>The lines joined by a space, for tags whose continuation lines only wrap one long value.</summary>
    public string Joined => string.Join(' ', Values.Where(v => v.Length > 0));
}
