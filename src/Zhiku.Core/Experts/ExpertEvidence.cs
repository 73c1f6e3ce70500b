namespace Zhiku.Experts;

/// <summary>A record that supports a claim about a person: a work (W…), a project (R…) or the person's own record (P…).</summary>
public sealed record ExpertEvidence(string Id, string Title, int? Year = null);
