using System.Globalization;
using Zhiku.Search.Entities;

namespace Zhiku.Cli.Commands;

/// <summary>The output of <c>zhiku search --entity people|organisations|projects|outputs|cases</c>, as the API answers it.</summary>
internal sealed record EntitySearchOutput(string Entity, int Total, IReadOnlyList<EntityHit> Hits)
{
    public static EntitySearchOutput From(string entity, EntitySearchResult result) => new(entity, result.Total, result.Hits);

    /// <summary>Writes the result lines, from hit number <paramref name="offset"/> + 1.</summary>
    public void WriteText(TextWriter o, int offset)
    {
        o.WriteLine($"{Total} {Entity}");
        var n = offset;
        foreach (var hit in Hits)
        {
            o.WriteLine($"{++n,4}. [{hit.Id}] {hit.Name} — {hit.Works.ToString(CultureInfo.InvariantCulture)} work(s), {hit.Access}");
        }
    }
}
