namespace Zhiku.Files.Tagged;

/// <summary>One field of a tagged record: its tag as written, its value (continuation lines joined) and its first line.</summary>
internal sealed record TaggedField(string Tag, string Value, int Line);
