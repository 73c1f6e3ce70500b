namespace Zhiku.Consultation;

/// <summary>What was wrong with a row (or the header) of an answers file.</summary>
public enum AnswerProblemKind
{
    MissingColumn,
    NotANumber,
    NotARound,
    Empty,
    Duplicate,
}
