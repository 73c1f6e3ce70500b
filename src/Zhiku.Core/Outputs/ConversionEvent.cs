namespace Zhiku.Outputs;

/// <summary>
/// One step of an output's conversion: its stage and date, what the stage says (to whom and through which channel it
/// was submitted, the level and gist of an instruction, the body that adopted it and how, the policy document that
/// implements it), the evidence, and who recorded it when.
/// </summary>
public sealed record ConversionEvent
{
    public required ConversionStage Stage { get; init; }

    /// <summary>The day it happened (yyyy-MM-dd).</summary>
    public required string Date { get; init; }

    /// <summary>报送对象: to whom it was submitted.</summary>
    public string? SubmittedTo { get; init; }

    /// <summary>报送渠道: 内参, 要报, 专报, 会议 or 其他.</summary>
    public string? Channel { get; init; }

    /// <summary>批示级别: 国家级, 省部级, 地市级 or 其他.</summary>
    public string? Level { get; init; }

    /// <summary>批示要点: the instruction's gist.</summary>
    public string? Gist { get; init; }

    /// <summary>采纳单位: the body that adopted it.</summary>
    public string? AdoptedBy { get; init; }

    /// <summary>采纳方式: 政策文件, 规划, 讲话, 立法 or 其他.</summary>
    public string? How { get; init; }

    /// <summary>落实文件: the public id of the work (a policy document) that carries it out ("W42").</summary>
    public string? ImplementedBy { get; init; }

    /// <summary>The evidence, as text (a quotation, a file name, a reference).</summary>
    public string? Evidence { get; init; }

    /// <summary>Who recorded it: a user name, or the import file it came from.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>When it was recorded (ISO 8601, UTC).</summary>
    public string? RecordedAt { get; init; }
}
