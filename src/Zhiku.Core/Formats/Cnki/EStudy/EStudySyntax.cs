using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.EStudy;

/// <summary>
/// 知网研学 (E-Study) lines: "Title-题名: value", "DataType: 1". The tag is the English part before the '-'.
/// </summary>
internal sealed class EStudySyntax : TaggedSyntax
{
    public const string StartTag = "DataType";

    public static EStudySyntax Instance { get; } = new();

    public override bool BlankLineEndsRecord => false;

    public override string ContinuationSeparator => "\n";

    public override bool IsStart(string tag) => tag == StartTag;

    public override bool TryParse(string line, out string tag, out string value)
    {
        tag = value = string.Empty;
        var colon = line.IndexOfAny([':', '：']);
        if (colon < 2 || colon > 40)
        {
            return false;
        }

        var key = line[..colon].Trim();
        var dash = key.IndexOf('-', StringComparison.Ordinal);
        var english = dash > 0 ? key[..dash] : key;
        // A wrapped abstract line such as "Results: …" has no "-中文" part and is not DataType: it is a continuation.
        if (!english.All(char.IsAsciiLetter) || (dash < 0 && english != StartTag) || key.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        tag = english;
        value = line[(colon + 1)..].Trim();
        return true;
    }
}
