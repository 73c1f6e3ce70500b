using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.NoteExpress;

/// <summary>NoteExpress lines: "{Tag}: value"; a line not opening with '{' continues the field before it.</summary>
internal sealed class NoteExpressSyntax : TaggedSyntax
{
    public const string StartTag = "Reference Type";

    public static NoteExpressSyntax Instance { get; } = new();

    // Records are separated by blank lines, but withLineBreakInAddress.net has bare CRs inside a value, which the line
    // reader turns into blank lines; only the next {Reference Type} ends a record.
    public override bool BlankLineEndsRecord => false;

    public override string ContinuationSeparator => "\n";

    public override bool IsStart(string tag) => tag == StartTag;

    public override bool TryParse(string line, out string tag, out string value)
    {
        tag = value = string.Empty;
        if (line.Length < 3 || line[0] != '{')
        {
            return false;
        }

        var close = line.IndexOf('}', StringComparison.Ordinal);
        if (close < 2)
        {
            return false;
        }

        var rest = line.AsSpan(close + 1).TrimStart();
        // ChineseColon.net writes "{Abstract}：" with a full-width colon and "{ISBN/ISSN}:0253-3766" without a space.
        if (rest.Length == 0 || (rest[0] != ':' && rest[0] != '：'))
        {
            return false;
        }

        // CoverAllTest15Entries.net has the malformed key "{Subsidiary Author,}".
        tag = line[1..close].Trim().TrimEnd(',').Trim();
        value = rest[1..].Trim().ToString();
        return tag.Length > 0;
    }
}
