using System.Text;
using Zhiku.Files.Text;

namespace Zhiku.Formats;

/// <summary>The encodings a text export can be written in: UTF-8 (with or without a byte order mark) and GB18030.</summary>
public static class ExportEncodings
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>UTF-8 with a byte order mark, which Excel needs to read a CSV file as UTF-8 (on Chinese Windows it reads GBK otherwise).</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The names <see cref="Parse"/> accepts.</summary>
    public const string Names = "utf-8, utf-8-bom, gb18030";

    /// <summary>The encoding of a name ("utf-8", "utf-8-bom", "gb18030", also "utf8", "gbk"); null for none; an error naming the choices otherwise.</summary>
    public static Encoding? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "utf-8" or "utf8" => Utf8,
        "utf-8-bom" or "utf8-bom" or "utf-8-sig" => Utf8WithBom,
        "gb18030" or "gbk" or "gb2312" => TextDecoding.Gb18030,
        _ => throw new ArgumentException($"unknown encoding '{name}': use {Names}"),
    };
}
