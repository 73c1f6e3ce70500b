namespace Zhiku.Outputs;

/// <summary>Why an event could not be recorded.</summary>
public enum OutputEventRefusal
{
    /// <summary>The output does not exist or the caller may not see it (404).</summary>
    UnknownOutput,

    /// <summary>The caller's organisation does not own the output (403).</summary>
    NotYours,

    /// <summary>The stage is none of submitted, instructed, adopted, implemented.</summary>
    UnknownStage,

    /// <summary>The date is not a day (yyyy-MM-dd).</summary>
    BadDate,

    /// <summary>A channel, level or way of adoption outside its vocabulary.</summary>
    BadValue,

    /// <summary>A stage after 报送 on an output never submitted.</summary>
    NotSubmitted,

    /// <summary>The date is before that of an earlier stage already recorded.</summary>
    DateBeforePrevious,

    /// <summary>A 落实 without its policy document, or one that is no work the caller may see.</summary>
    UnknownDocument,

    /// <summary>The output has this stage on this day already.</summary>
    AlreadyRecorded,

    /// <summary>A tag that is no term of the case classification standard.</summary>
    UnknownTag,

    /// <summary>A retired term the output did not have.</summary>
    RetiredTag,
}

/// <summary>An event refused, with the field at fault and, for a date, the earlier event it clashes with.</summary>
public sealed class OutputEventException(OutputEventRefusal refusal, string field, string message, ConversionEvent? previous = null)
    : Exception(message)
{
    public OutputEventRefusal Refusal { get; } = refusal;

    /// <summary>The request field at fault (stage, date, channel, level, how, implementedBy, tags), or "id".</summary>
    public string Field { get; } = field;

    /// <summary>The earlier event a date clashes with.</summary>
    public ConversionEvent? Previous { get; } = previous;

    /// <summary>The value at fault when the request does not hold it as such: one tag of the tags, or the date a trace's confirmation took from its document.</summary>
    public string? Value { get; init; }
}
