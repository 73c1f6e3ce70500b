namespace Zhiku.Web.Api;

/// <summary>
/// The body of a bulk review: the filter (field, model, search query over the works, confidence range) and the
/// thresholds, at least one of them: proposals above <c>acceptAbove</c> are accepted, those below <c>rejectBelow</c> rejected.
/// </summary>
internal sealed record EnrichmentReviewRequest(
    string? Field, string? Model, string? Q, double? MinConfidence, double? MaxConfidence, double? AcceptAbove, double? RejectBelow);
