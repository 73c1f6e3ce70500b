namespace Zhiku.Analytics.Networks.Labels;

/// <summary>A candidate label term and its log-likelihood ratio for a cluster.</summary>
public sealed record LabelTerm(string Term, double Llr);
