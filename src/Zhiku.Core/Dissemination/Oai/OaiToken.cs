using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhiku.Dissemination.Oai;

/// <summary>
/// A resumption token that holds its whole position, so that it stays valid across requests and server restarts with
/// nothing kept on the server: the list's verb and arguments, the last record id sent and how many were sent. A
/// checksum keyed with the store's identity rejects a token that was altered, made for another store, or sent with
/// another verb.
/// </summary>
internal sealed record OaiToken(string Verb, string Prefix, string? Set, string? From, string? Until, long After, long Cursor)
{
    private const char Separator = '\u001f';

    public string Encode(string key)
    {
        var payload = string.Join(Separator, "1", Verb, Prefix, Set ?? string.Empty, From ?? string.Empty, Until ?? string.Empty,
            After.ToString(CultureInfo.InvariantCulture), Cursor.ToString(CultureInfo.InvariantCulture));
        return Base64Url(Encoding.UTF8.GetBytes(payload)) + "." + Check(key, payload);
    }

    /// <summary>The token's position, or null when the text is no token of this store for this verb.</summary>
    public static OaiToken? Decode(string text, string key, string verb)
    {
        var dot = text.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        string payload;
        try
        {
            payload = Encoding.UTF8.GetString(FromBase64Url(text[..dot]));
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split(Separator);
        if (parts.Length != 8 || parts[0] != "1" || parts[1] != verb || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(Check(key, payload)), Encoding.ASCII.GetBytes(text[(dot + 1)..]))
            || !long.TryParse(parts[6], NumberStyles.None, CultureInfo.InvariantCulture, out var after)
            || !long.TryParse(parts[7], NumberStyles.None, CultureInfo.InvariantCulture, out var cursor))
        {
            return null;
        }

        static string? Optional(string s) => s.Length == 0 ? null : s;
        return new OaiToken(parts[1], parts[2], Optional(parts[3]), Optional(parts[4]), Optional(parts[5]), after, cursor);
    }

    private static string Check(string key, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(payload)))[..16];

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}
