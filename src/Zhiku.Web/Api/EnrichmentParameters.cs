using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Knowledge.Enriching;

namespace Zhiku.Web.Api;

/// <summary>The query string of <c>GET /api/v1/enrichments</c>.</summary>
internal sealed record EnrichmentParameters(
    [property: FromQuery(Name = "field"), Description("Only this enriched field, e.g. keywords.")]
    string? Field,
    [property: FromQuery(Name = "state"), Description("Only this review state: proposed, accepted or rejected.")]
    string? State,
    [property: FromQuery(Name = "model"), Description("Only the enrichments of this model, e.g. zhiku-keywords.")]
    string? Model,
    [property: FromQuery(Name = "minConfidence"), Description("Only enrichments at least this confident, 0-1.")]
    double? MinConfidence,
    [property: FromQuery(Name = "maxConfidence"), Description("Only enrichments at most this confident, 0-1.")]
    double? MaxConfidence,
    [property: FromQuery(Name = "q"), Description("Only the enrichments of the works this search query finds.")]
    string? Q,
    [property: FromQuery(Name = "offset"), Description("How many matching enrichments to skip (default 0).")]
    int? Offset,
    [property: FromQuery(Name = "limit"), Description("How many enrichments, 1-1000 (default 50).")]
    int? Limit)
{
    public EnrichmentFilter Filter() => new()
    {
        Field = EnrichmentInput.Given(Field),
        State = EnrichmentInput.Given(State),
        Model = EnrichmentInput.Given(Model),
        Query = EnrichmentInput.Given(Q),
        MinConfidence = MinConfidence,
        MaxConfidence = MaxConfidence,
    };
}
