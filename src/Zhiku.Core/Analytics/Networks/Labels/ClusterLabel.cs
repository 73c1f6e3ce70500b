namespace Zhiku.Analytics.Networks.Labels;

/// <summary>A cluster's size and its label terms, best first, with their log-likelihood ratios.</summary>
public sealed record ClusterLabel(int Cluster, int Size, int Documents, IReadOnlyList<LabelTerm> Terms);
