using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.RefWorks;

/// <summary>RefWorks tagged lines: a two-character tag, a space, the value ("A1 郝国强;包蕾", lower-case "vo 23").</summary>
internal sealed class RefWorksSyntax : TaggedSyntax
{
    // Only known tags count: an abstract wrapped onto a line starting "In this…" must not read as tag "In".
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "RT", "SR", "A1", "A2", "A3", "A4", "AD", "T1", "T2", "T3", "JF", "JO", "YR", "FD", "IS", "vo", "VO", "SP", "OP",
        "K1", "AB", "SN", "CN", "LA", "DS", "LK", "DO", "PB", "PP", "ED", "UL", "NO", "CL", "ID", "WP", "OT", "AV", "U1",
        "U2", "U3", "U4", "U5",
    };

    public static RefWorksSyntax Instance { get; } = new();

    // CNKI's RefWorks has no ER terminator: records are separated by a blank line, and RT opens each one.
    public override bool AnyTagStartsRecord => true;

    public override string ContinuationSeparator => "\n";

    public override bool IsStart(string tag) => tag == "RT";

    public override bool TryParse(string line, out string tag, out string value)
    {
        tag = value = string.Empty;
        if (line.Length < 2 || (line.Length > 2 && line[2] != ' ' && line[2] != '\t') || !Known.Contains(line[..2]))
        {
            return false;
        }

        tag = line[..2];
        value = line.Length > 3 ? line[3..].Trim() : string.Empty;
        return true;
    }
}
