namespace Zhiku.Outputs;

/// <summary>One output as the conversion analysis counts it: the keys it may be grouped by and its events.</summary>
internal sealed record ConvertedOutput(
    long WorkId,
    string Type,
    string? Project,
    int? Year,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> Authors,
    IReadOnlyList<ConversionEvent> Events)
{
    /// <summary>The first day the output reached a stage, or null.</summary>
    public DateOnly? First(ConversionStage stage) => Events
        .Where(e => e.Stage == stage && ConversionRules.IsDay(e.Date))
        .Select(e => (DateOnly?)DateOnly.ParseExact(e.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
        .Min();

    /// <summary>Whether a selection keeps this output.</summary>
    public bool Matches(ConversionSelection s) =>
        Has(s.Organisation, Organisations) && Has(s.Person, Authors) && Has(s.Project, Project is null ? [] : [Project])
        && (s.From is not { } from || Year >= from) && (s.To is not { } to || Year <= to)
        && (s.Type is not { Length: > 0 } type || string.Equals(Type, OutputVocabulary.Read(OutputVocabulary.Types, type) ?? type, StringComparison.Ordinal))
        && (s.Channel is not { Length: > 0 } channel || Events.Any(e => e.Stage == ConversionStage.Submitted
            && string.Equals(e.Channel, OutputVocabulary.Read(OutputVocabulary.Channels, channel) ?? channel, StringComparison.Ordinal)));

    private static bool Has(string? wanted, IReadOnlyList<string> values) =>
        wanted is not { Length: > 0 } || values.Any(v => string.Equals(v.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
}
