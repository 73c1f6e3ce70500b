using Zhiku.Files;

namespace Zhiku.Formats.Wos;

/// <summary>One PT…ER block of a tagged file: its record number, first line, tags and the first problem found, if any.</summary>
internal sealed record WosBlock(int Number, int Line, WosTagRecord Record, string? Problem)
{
    /// <summary>The position for import items.</summary>
    public RecordPosition Position => new(Number, Line);
}
