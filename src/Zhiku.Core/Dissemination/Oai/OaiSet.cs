using System.Globalization;
using Zhiku.Model;
using Zhiku.Search;

namespace Zhiku.Dissemination.Oai;

/// <summary>
/// The sets: "kind" with one set per kind of work ("kind:policy-document") and "org" with one per owning organisation
/// ("org:12"). A record belongs to its kind's and its owner's set.
/// </summary>
internal sealed record OaiSet(string? Kind, long? Owner)
{
    public const string KindSet = "kind";
    public const string OrganisationSet = "org";

    public static OaiSet All { get; } = new(null, null);

    /// <summary>The set a spec names, or null when there is no such set.</summary>
    public static OaiSet? Parse(string? spec)
    {
        if (spec is null or KindSet or OrganisationSet)
        {
            return All;
        }

        var parts = spec.Split(':');
        if (parts.Length != 2)
        {
            return null;
        }

        return parts[0] switch
        {
            KindSet when WorkKinds.Parse(parts[1]) is { } kind && WorkKinds.Name(kind) == parts[1] => new OaiSet(kind.ToString(), null),
            OrganisationSet when long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var owner) => new OaiSet(null, owner),
            _ => null,
        };
    }

    /// <summary>The spec of a kind's set, from the stored kind name.</summary>
    public static string OfKind(string storedKind) => KindSet + ":" + WorkKinds.Name(Enum.Parse<WorkKind>(storedKind));

    public static string OfOwner(long owner) => OrganisationSet + ":" + owner.ToString(CultureInfo.InvariantCulture);
}
