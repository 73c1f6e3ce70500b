using System.Text.RegularExpressions;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.People;

namespace Zhiku.People;

/// <summary>
/// The works of the collection a work cites, found by the DOIs of its cited references (WoS writes them as
/// "Glanzel W, 1996, SCIENTOMETRICS, V37, P195, DOI 10.1007/BF02093621"). Read lazily, only for the works of
/// candidate pairs: an author citing a work of the other name is a classic disambiguation clue (self-citation).
/// </summary>
internal sealed partial class CitationLinks(StoreReader db)
{
    private readonly Dictionary<long, HashSet<long>> _cited = [];

    public IReadOnlySet<long> Cited(long workId)
    {
        if (_cited.TryGetValue(workId, out var known))
        {
            return known;
        }

        var cited = new HashSet<long>();
        if (PersonCurationRows.WorkDocument(db, workId) is { } json && Read(json) is { } work)
        {
            foreach (var reference in work.References)
            {
                foreach (Match m in DoiPattern().Matches(reference))
                {
                    var doi = IdSchemes.Normalise(IdSchemes.Doi, m.Groups[1].Value.TrimEnd('.', ',', ';', ']', ')'));
                    if (PersonCurationRows.WorkById(db, IdSchemes.Doi, doi) is { } target && target != workId)
                    {
                        cited.Add(target);
                    }
                }
            }
        }

        _cited[workId] = cited;
        return cited;
    }

    private static WorkRecord? Read(string json)
    {
        try
        {
            return StoreJson.Deserialize<WorkRecord>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\b(10\.\d{4,9}/\S+)", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();
}
