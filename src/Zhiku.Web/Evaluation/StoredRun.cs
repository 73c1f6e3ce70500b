namespace Zhiku.Web.Evaluation;

/// <summary>The record of a stored evaluation run (<c>run.json</c>): who ran it, for which organisation, on what.</summary>
internal sealed record StoredRun(
    string Id,
    DateTimeOffset Created,
    long? OrganisationId,
    string? Organisation,
    string? User,
    string Label,
    int Units,
    int Runs,
    ulong Seed);
