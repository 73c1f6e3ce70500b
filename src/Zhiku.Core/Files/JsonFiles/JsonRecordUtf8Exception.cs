namespace Zhiku.Files.JsonFiles;

/// <summary>A JSON record whose bytes are not valid UTF-8; the record is consumed, so reading can go on with the next.</summary>
internal sealed class JsonRecordUtf8Exception(long offset, byte value)
    : Exception($"invalid UTF-8 at byte {offset} (0x{value:X2}): JSON text must be UTF-8")
{
    public long Offset { get; } = offset;
}
