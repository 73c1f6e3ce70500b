using System.Text;
using Zhiku.Files.Text;

namespace Zhiku.Tests.Importing.Cnki;

/// <summary>The encodings a CNKI export may arrive in: UTF-8 (observed), GB18030 (Notepad "ANSI" on Chinese Windows), UTF-16 (Notepad "Unicode").</summary>
public static class CnkiEncodings
{
    public static TheoryData<string> Names => ["utf-8", "gb18030", "utf-16"];

    public static Encoding Get(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(false),
        "gb18030" => TextDecoding.Gb18030,
        "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
