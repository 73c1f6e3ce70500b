namespace Zhiku.Outputs;

/// <summary>
/// What makes a work an output of the think tank: its output type, the project it came from, its date, and its
/// conversion events in order. An import carries them beside the work; the store keeps them keyed by the work.
/// </summary>
public sealed record OutputFacts
{
    /// <summary>研究报告, 要报, 专报, 政策建议, 评估报告 or 其他 (<see cref="OutputVocabulary.Types"/>).</summary>
    public required string Type { get; init; }

    /// <summary>The project as the table names it (its code or title).</summary>
    public string? Project { get; init; }

    /// <summary>The output's date (ISO, as precise as known).</summary>
    public string? Date { get; init; }

    /// <summary>
    /// Its classification tags as written (codes, or the terms' Chinese or English names) of the case classification
    /// standard; the store keeps their codes. Null: not given, the stored tags stay.
    /// </summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The conversion events, earliest stage first. An imported 落实 names its document in <see cref="ConversionEvent.ImplementedBy"/> as written (id, 发文字号 or title).</summary>
    public IReadOnlyList<ConversionEvent> Events { get; init; } = [];
}
