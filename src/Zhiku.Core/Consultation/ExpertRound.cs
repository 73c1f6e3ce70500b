namespace Zhiku.Consultation;

/// <summary>
/// A consultation as a panellist sees it: topic and description, the current round (0 before the first opens) and
/// whether it takes answers, and its items with feedback. It names no other panellist.
/// </summary>
public sealed record ExpertRound(long Id, string Topic, string Description, string State, int Round, string? RoundState, string? Closes, IReadOnlyList<ExpertItem> Items);
