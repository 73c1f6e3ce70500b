namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>Whose access computed a run's knowledge-base indicators, and when.</summary>
public sealed record KnowledgeComputedFor(string User, string? Organisation, string Access, DateTimeOffset At);
