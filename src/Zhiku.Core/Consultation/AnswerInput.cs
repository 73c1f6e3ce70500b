namespace Zhiku.Consultation;

/// <summary>
/// An expert's answer to one item as submitted: a Likert point or an estimate (with its confidence, 0–100 %), the
/// order of a ranking's options (their numbers from 1, first the most important), the judgements of a pairwise item
/// (option i over option j for i &lt; j, row by row, on Saaty's 1/9..9), a comment, and the reason when revising.
/// </summary>
public sealed record AnswerInput(int Item, double? Value, double? Confidence, IReadOnlyList<int>? Order, IReadOnlyList<double>? Judgements, string? Comment, string? Reason);
