namespace Zhiku.Analytics.Documents;

/// <summary>
/// A request field with a value the analysis cannot use. <see cref="Field"/>, <see cref="Value"/> and
/// <see cref="Expected"/> are kept apart so that a face can say it in its user's language.
/// </summary>
public sealed class AnalysisRequestException : ArgumentException
{
    public AnalysisRequestException(string field, string value, string expected)
        : base($"{field}: '{value}' is not allowed (use {expected})") => (Field, Value, Expected) = (field, value, expected);

    public AnalysisRequestException()
        : this(string.Empty, string.Empty, string.Empty)
    {
    }

    public AnalysisRequestException(string message)
        : base(message) => (Field, Value, Expected) = (string.Empty, string.Empty, string.Empty);

    public AnalysisRequestException(string message, Exception innerException)
        : base(message, innerException) => (Field, Value, Expected) = (string.Empty, string.Empty, string.Empty);

    /// <summary>The field as the web and (with <c>--</c>, kebab-case) the CLI name it.</summary>
    public string Field { get; }

    public string Value { get; }

    /// <summary>What the field allows, e.g. "keywords-plus|keywords|terms" or "a whole number from 2 to 1000".</summary>
    public string Expected { get; }
}
