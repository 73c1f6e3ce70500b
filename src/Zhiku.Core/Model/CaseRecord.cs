namespace Zhiku.Model;

/// <summary>
/// A case (案例): a structured description of a policy or S&amp;T practice, tagged with the codes of the case
/// classification standard so that cases are compared by field, policy instrument, region and level of government.
/// </summary>
public sealed class CaseRecord
{
    public required string Title { get; set; }

    /// <summary>The English title of a case whose title is Chinese (or the reverse); null when none.</summary>
    public string? TitleEn { get; set; }

    public string? Summary { get; set; }

    /// <summary>Where the practice took place, as written (the region codes of <see cref="Tags"/> classify it).</summary>
    public string? Region { get; set; }

    /// <summary>The practice's field as written (the field codes of <see cref="Tags"/> classify it).</summary>
    public string? Field { get; set; }

    /// <summary>The first year of the practice (yyyy, or a finer date).</summary>
    public string? PeriodFrom { get; set; }

    /// <summary>The last year of the practice; null while it goes on.</summary>
    public string? PeriodTo { get; set; }

    public List<string> Actors { get; set; } = [];

    public List<string> Measures { get; set; } = [];

    public string? Results { get; set; }

    /// <summary>Sources as texts or URLs.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>Works of the knowledge base the case draws on, by their ids ("W12").</summary>
    public List<string> Works { get; set; } = [];

    /// <summary>Codes of the case classification standard (<c>instrument.subsidy</c>, <c>region.CN-GD</c>).</summary>
    public List<string> Tags { get; set; } = [];

    public SortedDictionary<string, string> Extra { get; set; } = new(StringComparer.Ordinal);
}
