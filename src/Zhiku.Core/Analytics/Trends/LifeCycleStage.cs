namespace Zhiku.Analytics.Trends;

/// <summary>
/// Technology life-cycle stage from the share of the fitted saturation level K already reached by the cumulative
/// count: below 10 % emerging, to 50 % growing, to 90 % mature, above saturated (the usual S-curve reading of
/// Ernst 1997 and later patent/publication life-cycle studies).
/// </summary>
public enum LifeCycleStage
{
    Emerging,
    Growing,
    Mature,
    Saturated,
}
