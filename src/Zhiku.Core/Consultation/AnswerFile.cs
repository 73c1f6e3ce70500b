namespace Zhiku.Consultation;

/// <summary>The answers read from a file and the problems of the rows that were left out.</summary>
public sealed record AnswerFile(IReadOnlyList<DelphiAnswer> Answers, IReadOnlyList<AnswerProblem> Problems);
