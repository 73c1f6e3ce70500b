namespace Zhiku.Consultation;

/// <summary>What a submission did: how many answers were saved, and the ones that were not with why.</summary>
public sealed record SubmitResult(int Saved, IReadOnlyList<SubmitProblem> Problems);
