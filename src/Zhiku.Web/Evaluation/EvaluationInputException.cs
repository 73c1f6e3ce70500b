namespace Zhiku.Web.Evaluation;

/// <summary>
/// An evaluation request the engine could not run because of its input (a bad spec or file, an unknown unit or
/// file): <see cref="Status"/> is 400 or 404; the exception handler answers it as problem details.
/// </summary>
internal sealed class EvaluationInputException(int status, string message, Exception inner) : Exception(message, inner)
{
    public int Status { get; } = status;
}
