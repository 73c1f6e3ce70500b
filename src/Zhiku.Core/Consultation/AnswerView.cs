namespace Zhiku.Consultation;

/// <summary>An answer as its own expert sees it again.</summary>
public sealed record AnswerView(double? Value, double? Confidence, IReadOnlyList<int>? Order, IReadOnlyList<double>? Judgements, string? Comment, string? Reason);
