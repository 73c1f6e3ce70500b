using System.Text.RegularExpressions;

namespace Zhiku.Dissemination.Oai;

/// <summary>The protocol's patterns for metadata prefixes and set specs (OAI-PMH.xsd's metadataPrefixType and setSpecType).</summary>
internal static partial class OaiSyntax
{
    public static bool IsMetadataPrefix(string value) => Prefix().IsMatch(value);

    public static bool IsSetSpec(string value) => SetSpec().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+$")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*$")]
    private static partial Regex SetSpec();
}
