using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Zhiku.Files.JsonFiles;

/// <summary>Finds the first byte that is not valid UTF-8.</summary>
internal static class Utf8Check
{
    /// <summary>The index of the first invalid byte of <paramref name="bytes"/>, or -1 when they are valid UTF-8.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return -1;
    }
}
