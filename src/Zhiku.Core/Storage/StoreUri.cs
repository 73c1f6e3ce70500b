using System.Globalization;

namespace Zhiku.Storage;

/// <summary>
/// The parts of a PostgreSQL URI as libpq reads it: <c>postgres[ql]://[user[:password]@][host[:port][,…]][/database][?k=v&amp;…]</c>,
/// each part percent-decoded. The last <c>@</c> ends the user part, so a password holding <c>@</c> or <c>/</c> is read whole.
/// </summary>
internal sealed record StoreUri(string? User, string? Password, IReadOnlyList<StoreUri.Server> Hosts, string? Database,
    IReadOnlyList<(string Name, string Value)> Parameters)
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    public static bool IsUri(string text) => Schemes.Any(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    public static bool IsPort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535;

    public static StoreUri Split(string text, string origin)
    {
        var rest = text[Schemes.First(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase)).Length..];
        var query = "";
        var at = rest.LastIndexOf('@');
        var question = rest.IndexOf('?', at + 1);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        string? user = null, password = null;
        if (at >= 0)
        {
            var userInfo = rest[..at];
            rest = rest[(at + 1)..];
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            user = Decode(colon >= 0 ? userInfo[..colon] : userInfo, origin, "user name");
            password = colon >= 0 ? Decode(userInfo[(colon + 1)..], origin, "password") : null;
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var hostList = slash >= 0 ? rest[..slash] : rest;
        var database = slash >= 0 ? Decode(rest[(slash + 1)..], origin, "database name") : null;
        var hosts = hostList.Length == 0 ? [] : hostList.Split(',').Select(h => Server.Parse(h, origin)).ToList();
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var equals = p.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"{origin} has a URI parameter without a value: '{Decode(p, origin, "parameter")}'");
            }

            return (Decode(p[..equals], origin, "parameter"), Decode(p[(equals + 1)..], origin, "parameter value"));
        }).ToList();
        return new StoreUri(user, password, hosts, database, parameters);
    }

    private static string Decode(string part, string origin, string what)
    {
        for (var i = part.IndexOf('%', StringComparison.Ordinal); i >= 0; i = part.IndexOf('%', i + 1))
        {
            if (i + 2 >= part.Length || !Uri.IsHexDigit(part[i + 1]) || !Uri.IsHexDigit(part[i + 2]))
            {
                throw new FormatException($"{origin} has a badly percent-encoded {what}");
            }
        }

        return Uri.UnescapeDataString(part);
    }

    /// <summary>One <c>host[:port]</c> of the list; an IPv6 address is written in brackets.</summary>
    internal sealed record Server(string Name, int? Port)
    {
        public static Server Parse(string text, string origin)
        {
            var closing = text.StartsWith('[') ? text.IndexOf(']', StringComparison.Ordinal) : -1;
            var colon = text.LastIndexOf(':');
            if (text.StartsWith('[') && closing < 0)
            {
                throw new FormatException($"{origin} has an unclosed '[' in the server '{text}'");
            }

            var name = closing > 0 ? text[1..closing] : colon >= 0 ? text[..colon] : text;
            var portText = closing > 0 ? (text.Length > closing + 1 && text[closing + 1] == ':' ? text[(closing + 2)..] : null)
                : colon >= 0 ? text[(colon + 1)..] : null;
            if (name.Length == 0)
            {
                throw new FormatException($"{origin} has an empty server name in '{text}'");
            }

            if (portText is not null && !IsPort(portText))
            {
                throw new FormatException($"{origin} has an invalid port in the server '{text}' (1–65535)");
            }

            return new Server(name, portText is null ? null : int.Parse(portText, CultureInfo.InvariantCulture));
        }
    }
}
