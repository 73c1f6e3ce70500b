namespace Zhiku.Enrichment.Keywords;

/// <summary>A keyword a method proposes for a text, with its score and its confidence (the score over the best one's, 0–1).</summary>
public sealed record ScoredKeyword(string Value, double Score, double Confidence);
