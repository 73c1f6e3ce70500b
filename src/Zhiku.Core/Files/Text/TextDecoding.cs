using System.Text;

namespace Zhiku.Files.Text;

/// <summary>The encoding found for some bytes.</summary>
public readonly record struct EncodingDetection(Encoding Encoding, bool HadBom, bool IsUtf16);

/// <summary>
/// Detects the text encoding of a file: a BOM wins (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8 if the bytes are valid
/// UTF-8, otherwise GB18030 (a superset of GBK and GB2312, what Chinese Windows "ANSI" files are in).
/// </summary>
public static class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 that throws on invalid bytes.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030, registered from the code-pages provider.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Detects the encoding of a file's first bytes.</summary>
    public static EncodingDetection Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return new(new UTF8Encoding(false), true, false);
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return new(Encoding.Unicode, true, true);
        }

        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return new(Encoding.BigEndianUnicode, true, true);
        }

        if (IsValidUtf8(head))
        {
            return new(new UTF8Encoding(false), false, false);
        }

        return new(Gb18030, false, false);
    }

    /// <summary>Decodes a head of bytes with a detected encoding, dropping the BOM and a sequence cut at the end.</summary>
    public static string DecodeHead(byte[] head, EncodingDetection detection)
    {
        var start = detection.HadBom ? (detection.IsUtf16 ? 2 : 3) : 0;
        var text = detection.Encoding.GetString(head, start, head.Length - start);
        return text.Length > 0 && text[^1] == '\uFFFD' ? text[..^1] : text;
    }

    /// <summary>
    /// True when the bytes are valid UTF-8, allowing a multi-byte sequence to be cut off at the very end (a file head).
    /// </summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int need;
            if ((b & 0xE0) == 0xC0 && b >= 0xC2)
            {
                need = 1;
            }
            else if ((b & 0xF0) == 0xE0)
            {
                need = 2;
            }
            else if ((b & 0xF8) == 0xF0 && b <= 0xF4)
            {
                need = 3;
            }
            else
            {
                return false;
            }

            for (var k = 1; k <= need; k++)
            {
                if (i + k >= bytes.Length)
                {
                    return true; // cut at the end of the head
                }

                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }

            i += need + 1;
        }

        return true;
    }
}
