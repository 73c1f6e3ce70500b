namespace Zhiku.Consultation;

/// <summary>A consultation in a list: the caller's role in it (owner or expert) and its current round.</summary>
public sealed record ConsultationSummary(long Id, string Topic, string State, string Role, int Round, string? RoundState);
