using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhiku.Storage;

/// <summary>The one JSON shape of stored records, and the content hash that makes re-imports no-ops.</summary>
public static class StoreJson
{
    /// <summary>Options for stored documents: camelCase, enums as strings, nulls omitted, Chinese unescaped.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("empty JSON document in store");

    /// <summary>A short content hash (128 bits of SHA-256, hex) of a serialized document.</summary>
    public static string Hash(string json)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(json), digest);
        return Convert.ToHexStringLower(digest[..16]);
    }
}
