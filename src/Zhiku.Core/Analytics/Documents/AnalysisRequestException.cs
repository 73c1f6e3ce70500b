using System.Globalization;

namespace Zhiku.Analytics.Documents;

/// <summary>
/// A request field with a value the analysis cannot use. <see cref="Field"/>, <see cref="Value"/>, <see cref="Rule"/>
/// and the allowed <see cref="Choices"/> or bounds are kept apart so that a face can say it in its user's language;
/// the message says it in English for the command line and the logs.
/// </summary>
public sealed class AnalysisRequestException : ArgumentException
{
    /// <summary>A value that is not one of <paramref name="choices"/>.</summary>
    public AnalysisRequestException(string field, string value, IReadOnlyList<string> choices)
        : this(field, value, RequestRule.Choice, choices, null, null)
    {
    }

    /// <summary>A value that breaks <paramref name="rule"/> (with its bounds for <see cref="RequestRule.WholeRange"/>).</summary>
    public AnalysisRequestException(string field, string value, RequestRule rule, long? min = null, long? max = null)
        : this(field, value, rule, [], min, max)
    {
    }

    public AnalysisRequestException()
        : this(string.Empty, string.Empty, [])
    {
    }

    public AnalysisRequestException(string message)
        : base(message) => (Field, Value, Choices) = (string.Empty, string.Empty, []);

    public AnalysisRequestException(string message, Exception innerException)
        : base(message, innerException) => (Field, Value, Choices) = (string.Empty, string.Empty, []);

    private AnalysisRequestException(string field, string value, RequestRule rule, IReadOnlyList<string> choices, long? min, long? max)
        : base($"{field}: '{value}' is not allowed (use {Describe(rule, choices, min, max)})") =>
        (Field, Value, Rule, Choices, Min, Max) = (field, value, rule, choices, min, max);

    /// <summary>The field as the web and (with <c>--</c>, kebab-case) the CLI name it.</summary>
    public string Field { get; }

    public string Value { get; }

    public RequestRule Rule { get; }

    /// <summary>The allowed values of a <see cref="RequestRule.Choice"/>, e.g. keywords-plus, keywords, terms.</summary>
    public IReadOnlyList<string> Choices { get; }

    public long? Min { get; }

    public long? Max { get; }

    /// <summary>What the field allows in English, e.g. "keywords-plus|keywords|terms" or "a whole number from 2 to 1000".</summary>
    public string Expected => Describe(Rule, Choices, Min, Max);

    private static string Describe(RequestRule rule, IReadOnlyList<string> choices, long? min, long? max) => rule switch
    {
        RequestRule.Choice => string.Join("|", choices),
        RequestRule.WholeRange => string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"),
        RequestRule.WholeFromZero => "a whole number from 0",
        RequestRule.Positive => "a positive number",
        RequestRule.AboveOne => "a number above 1",
        RequestRule.Fraction => "a number between 0 and 1",
        _ => "cut years such as 2000,2010",
    };
}
