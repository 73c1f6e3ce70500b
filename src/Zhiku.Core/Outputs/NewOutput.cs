namespace Zhiku.Outputs;

/// <summary>
/// An output as a person types it into the web form: title, type, day, abstract, authors (people of the registry by
/// id "P12" or exact name), project ("R5"), access level and classification codes. Nothing is checked yet.
/// </summary>
public sealed record NewOutput
{
    public string? Title { get; init; }

    /// <summary>One of <see cref="OutputVocabulary.Types"/>, in Chinese or English.</summary>
    public string? Type { get; init; }

    /// <summary>The output's day, yyyy-MM-dd.</summary>
    public string? Date { get; init; }

    public string? Abstract { get; init; }

    /// <summary>People of the registry, each by id ("P12") or exact name, in the order of authorship.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The project's id ("R5"), or null.</summary>
    public string? Project { get; init; }

    /// <summary>public, shared, internal or restricted; internal when not given.</summary>
    public string? Access { get; init; }

    /// <summary>Codes of the case classification standard.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
