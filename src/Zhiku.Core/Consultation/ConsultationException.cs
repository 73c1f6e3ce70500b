namespace Zhiku.Consultation;

/// <summary>
/// A consultation request that cannot be done: a code clients and the localisation read, an English message, and the
/// values the message names (the item, the person, the state).
/// </summary>
public sealed class ConsultationException(string code, string message, params string[] args) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyList<string> Args { get; } = args;
}
