using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Medline;

/// <summary>MEDLINE lines: a tag padded to four characters, "- ", the value ("PMID- 26524502", "AU  - Gadzalski M"); continuation lines are indented six spaces.</summary>
internal sealed class MedlineSyntax : TaggedSyntax
{
    public static MedlineSyntax Instance { get; } = new();

    public override bool IsStart(string tag) => tag == "PMID";

    public override bool TryParse(string line, out string tag, out string value)
    {
        tag = value = string.Empty;
        if (line.Length < 5 || line[4] != '-' || (line.Length > 5 && line[5] != ' ') || !char.IsAsciiLetterUpper(line[0]))
        {
            return false;
        }

        var raw = line[..4].TrimEnd();
        if (raw.Length < 2 || !raw.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            return false;
        }

        tag = raw;
        value = line.Length > 6 ? line[6..].Trim() : string.Empty;
        return true;
    }
}
