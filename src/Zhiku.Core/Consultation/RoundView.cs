namespace Zhiku.Consultation;

/// <summary>A round as the owner sees it: state, dates, how many panellists answered, and its statistics once closed.</summary>
public sealed record RoundView(int N, string State, string Opens, string? Closes, string? ClosedAt, int Answered, RoundResult? Statistics);
