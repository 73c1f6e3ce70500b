using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Ris;

/// <summary>RIS lines: two-character tag, two spaces, '-', a space, the value ("TY  - JOUR"); ER closes a record.</summary>
internal sealed class RisSyntax : TaggedSyntax
{
    public static RisSyntax Instance { get; } = new();

    // Records end at ER; blank lines between (and sometimes inside) records carry no meaning.
    public override bool BlankLineEndsRecord => false;

    public override string ContinuationSeparator => "\n";

    public override bool IsStart(string tag) => tag == "TY";

    public override bool IsEnd(string tag) => tag == "ER";

    public override bool TryParse(string line, out string tag, out string value)
    {
        tag = value = string.Empty;
        if (line.Length < 5 || !char.IsAsciiLetterUpper(line[0]) || !(char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1]))
            || line[2] != ' ' || line[3] != ' ' || line[4] != '-')
        {
            return false;
        }

        tag = line[..2];
        value = line.Length > 6 ? line[6..].Trim() : string.Empty;
        return true;
    }
}
