namespace Zhiku.Outputs.Tracing;

/// <summary>
/// A text the tracer compares: an output or a policy document, with what the explicit references need (its title,
/// report number, organisations and keywords). Dates are yyyy, yyyy-MM or yyyy-MM-dd; a text without one is never "later".
/// </summary>
public sealed record TraceText(string Id, string Title, string? Date, string Text)
{
    /// <summary>The output's report number (发文字号 or the like), looked for verbatim in later documents.</summary>
    public string? ReportNumber { get; init; }

    /// <summary>The think tanks that made the output: a later document naming one of them beside the topic refers to it.</summary>
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>The output's keywords: its topic beside a think tank's name.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
