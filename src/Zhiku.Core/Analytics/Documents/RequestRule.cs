namespace Zhiku.Analytics.Documents;

/// <summary>What an analysis request field allows, so that a face can say it in its user's language.</summary>
public enum RequestRule
{
    /// <summary>One of <see cref="AnalysisRequestException.Choices"/>.</summary>
    Choice,

    /// <summary>A whole number from <see cref="AnalysisRequestException.Min"/> to <see cref="AnalysisRequestException.Max"/>.</summary>
    WholeRange,

    /// <summary>A whole number from 0 (a seed).</summary>
    WholeFromZero,

    /// <summary>A positive finite number.</summary>
    Positive,

    /// <summary>A finite number above 1.</summary>
    AboveOne,

    /// <summary>A number strictly between 0 and 1.</summary>
    Fraction,

    /// <summary>Comma-separated cut years such as 2000,2010.</summary>
    Years,
}
