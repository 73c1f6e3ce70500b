namespace Zhiku.Analytics.Networks.Layout;

/// <summary>Node coordinates, standardised: centred, principal axis horizontal, mean pairwise distance 1.</summary>
public sealed record NetworkLayout(IReadOnlyList<double> X, IReadOnlyList<double> Y, double Quality, LayoutOptions Options);
