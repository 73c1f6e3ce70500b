namespace Zhiku.Files;

/// <summary>Where a record sits in its file: the 1-based record number and the 1-based line it starts on (0 when the format has no lines).</summary>
public readonly record struct RecordPosition(int Record, int Line)
{
    public override string ToString() => Line > 0 ? $"record {Record}, line {Line}" : $"record {Record}";
}
