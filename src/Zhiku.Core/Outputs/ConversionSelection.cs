namespace Zhiku.Outputs;

/// <summary>
/// Which outputs a conversion analysis counts: those a works query finds, of an organisation, a person, a project,
/// a period of years, a channel of submission or an output type (each optional; text matches ignore case).
/// </summary>
public sealed record ConversionSelection
{
    /// <summary>A works query in the search syntax; null or "*" for all outputs.</summary>
    public string? Query { get; init; }

    public string? Organisation { get; init; }

    public string? Person { get; init; }

    public string? Project { get; init; }

    /// <summary>The first year counted.</summary>
    public int? From { get; init; }

    /// <summary>The last year counted.</summary>
    public int? To { get; init; }

    /// <summary>Only outputs submitted through this channel (内参, 要报, 专报, 会议, 其他).</summary>
    public string? Channel { get; init; }

    /// <summary>Only outputs of this type (研究报告, 要报, 专报, 政策建议, 评估报告, 其他).</summary>
    public string? Type { get; init; }
}
