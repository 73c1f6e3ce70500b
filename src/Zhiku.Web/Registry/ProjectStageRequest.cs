namespace Zhiku.Web.Registry;

/// <summary>The body of <c>POST /api/v1/projects/{id}/stage</c>.</summary>
internal sealed record ProjectStageRequest(string? Stage, long? Revision = null);
