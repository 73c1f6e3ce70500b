namespace Zhiku.Model;

/// <summary>The four facets of the case classification standard, in the order forms and pages show them.</summary>
public static class ClassificationFacets
{
    public const string Field = "field";
    public const string Instrument = "instrument";
    public const string Region = "region";
    public const string Level = "level";

    public static IReadOnlyList<string> All { get; } = [Field, Instrument, Region, Level];
}
