using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.EndNote;

/// <summary>EndNote/Refer lines: '%', one tag character, a space, the value ("%A 郝国强", "%W CNKI").</summary>
internal sealed class ReferSyntax : TaggedSyntax
{
    public static ReferSyntax Instance { get; } = new();

    public override bool AnyTagStartsRecord => true;

    public override string ContinuationSeparator => "\n";

    public override bool IsStart(string tag) => tag == "%0";

    public override bool TryParse(string line, out string tag, out string value)
    {
        tag = value = string.Empty;
        if (line.Length < 2 || line[0] != '%' || char.IsWhiteSpace(line[1]) || (line.Length > 2 && line[2] != ' '))
        {
            return false;
        }

        tag = line[..2];
        value = line.Length > 3 ? line[3..].Trim() : string.Empty;
        return true;
    }
}
