namespace Zhiku.Consultation;

/// <summary>
/// One problem of an answers file, by file, line and column; the row was left out and the others still count.
/// <see cref="Value"/> is the offending cell, or for a duplicate the line of the answer that was kept.
/// </summary>
public sealed record AnswerProblem(string File, int Line, string Column, AnswerProblemKind Kind, string Value)
{
    /// <summary>The problem in the user's language (zh or en).</summary>
    public string Describe(DelphiText text) => text.Problem(this);
}
