namespace Zhiku.Web.Api;

/// <summary>The body of <c>PUT /api/v1/outputs/{id}/tags</c>: the codes (or names) the output is tagged with, none to clear them.</summary>
internal sealed record OutputTagsRequest(IReadOnlyList<string>? Tags);
