namespace Zhiku.Thesaurus;

/// <summary>A curation request the thesaurus cannot carry out: a code for clients, a message naming the term or line.</summary>
public sealed class ThesaurusException(string code, string message, params string[] arguments) : Exception(message)
{
    /// <summary>What went wrong, for clients: entry-not-found, same-term, cycle, bad-kind, bad-line, …</summary>
    public string Code { get; } = code;

    /// <summary>The terms, entry, or file and line the message names, in order: a reader's language says them again.</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;
}
