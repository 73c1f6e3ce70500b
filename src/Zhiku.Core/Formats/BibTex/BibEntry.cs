using Zhiku.Files;

namespace Zhiku.Formats.BibTex;

/// <summary>One BibTeX entry: its type ("article"), key, starting line and fields (names lower-cased, raw values).</summary>
internal sealed record BibEntry(int Number, int Line, string Type, string Key, List<KeyValuePair<string, string>> Fields)
{
    public RecordPosition Position => new(Number, Line);
}

/// <summary>An entry read from a BibTeX file, or the error that stopped one.</summary>
internal sealed record BibBlock(BibEntry? Entry, RecordError? Error);
