namespace Zhiku.Storage.Evaluations;

/// <summary>A stored evaluation run: its id, the organisation it belongs to, when it was made (ISO 8601, UTC) and its record as JSON.</summary>
public sealed record StoredEvaluation(string Id, long? OrganisationId, string Created, string Record);
