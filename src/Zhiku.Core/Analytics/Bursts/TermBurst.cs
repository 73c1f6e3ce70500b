namespace Zhiku.Analytics.Bursts;

/// <summary>A burst of a term, from slice label <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
public sealed record TermBurst(string Term, string Start, string End, int StartIndex, int EndIndex, double Weight);
