namespace Zhiku.Consultation;

/// <summary>An answer that was not taken: the item and field, a code, an English message and the values it names.</summary>
public sealed record SubmitProblem(int Item, string Field, string Code, string Message, IReadOnlyList<string> Args);
