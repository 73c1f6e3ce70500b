namespace Zhiku.People;

/// <summary>
/// A curation request that cannot be done: <see cref="Code"/> names the problem for a localized message
/// (person-not-found, same-person, orcid-conflict, merge-not-found, merge-undone, merge-blocked), <see cref="Message"/>
/// says it in English with the ids concerned.
/// </summary>
public sealed class PeopleCurationException(string code, string message, params string[] arguments) : InvalidOperationException(message)
{
    public string Code { get; } = code;

    /// <summary>The ids the message names, in its order (for the localized text).</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;
}
