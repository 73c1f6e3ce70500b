using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Zhiku.Storage;

/// <summary>
/// Where a shared PostgreSQL store is, from <c>--store</c> or <c>ZHIKU_STORE</c>: a keyword connection string
/// (<c>Host=db1;Database=zhiku;Username=zhiku</c>) or a URI (<c>postgres://user:pass@host:port/db</c>, several
/// <c>host:port</c> separated by commas, libpq's query parameters), turned into a checked Npgsql connection string.
/// Errors name the origin and the part at fault and never repeat the password.
/// </summary>
public sealed class StoreLocation
{
    private static readonly Dictionary<string, string> UriParameters = new(StringComparer.Ordinal)
    {
        ["sslmode"] = "SSL Mode",
        ["target_session_attrs"] = "Target Session Attributes",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
    };

    private StoreLocation(NpgsqlConnectionStringBuilder builder)
    {
        ConnectionString = builder.ConnectionString;
        Hosts = builder.Host!.Split(',');
        Database = builder.Database!;
        var shown = new NpgsqlConnectionStringBuilder(builder.ConnectionString);
        if (!string.IsNullOrEmpty(shown.Password))
        {
            shown.Password = "***";
        }

        Display = shown.ConnectionString;
        shown.Remove("Password");
        WithoutPassword = shown.ConnectionString;
    }

    /// <summary>The variable that names the store when <c>--store</c> is not given.</summary>
    public const string Variable = "ZHIKU_STORE";

    /// <summary>The Npgsql connection string, password included: give it to Npgsql, never to a log.</summary>
    public string ConnectionString { get; }

    /// <summary>The connection string with the password masked, for messages and logs.</summary>
    public string Display { get; }

    /// <summary>The connection string without the password, as a data directory's binding records it.</summary>
    public string WithoutPassword { get; }

    /// <summary>The servers in the order they are tried (<c>host</c> or <c>host:port</c>).</summary>
    public IReadOnlyList<string> Hosts { get; }

    public string Database { get; }

    /// <summary>Reads a store location; <paramref name="origin"/> (<c>--store</c>, <c>ZHIKU_STORE</c>) starts every error.</summary>
    /// <exception cref="FormatException">The value is no PostgreSQL location, or one with a missing or invalid part.</exception>
    public static StoreLocation Parse(string value, string origin = "--store")
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw Error(origin, "is empty: give a PostgreSQL connection string (Host=…;Database=…) or a postgres:// URI");
        }

        NpgsqlConnectionStringBuilder builder;
        if (StoreUri.IsUri(text))
        {
            builder = FromUri(text, origin);
        }
        else if (text.Contains('=', StringComparison.Ordinal))
        {
            builder = FromKeywords(text, origin);
        }
        else
        {
            throw Error(origin, "is neither a PostgreSQL connection string (Host=…;Database=…) nor a postgres:// URI");
        }

        Check(builder, origin);
        return new StoreLocation(builder);
    }

    /// <summary>
    /// The store of a command: the explicit option, else <c>ZHIKU_STORE</c>, else null (the data directory's own
    /// store: its binding, or the embedded SQLite store).
    /// </summary>
    public static StoreLocation? Resolve(string? option, string origin = "--store") =>
        !string.IsNullOrWhiteSpace(option) ? Parse(option, origin)
        : Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } env && !string.IsNullOrWhiteSpace(env) ? Parse(env, Variable)
        : null;

    public override string ToString() => Display;

    private static NpgsqlConnectionStringBuilder FromKeywords(string text, string origin)
    {
        var pairs = new DbConnectionStringBuilder();
        try
        {
            pairs.ConnectionString = text;
        }
        catch (ArgumentException)
        {
            throw Error(origin, "is not a well-formed connection string (keyword=value pairs separated by ';')");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        foreach (string keyword in pairs.Keys)
        {
            // The parser lowers the keywords; messages quote them as written.
            var written = Regex.Match(text, $@"(?:^|;)\s*({Regex.Escape(keyword)})\s*=", RegexOptions.IgnoreCase) is { Success: true } m
                ? m.Groups[1].Value : keyword;
            Set(builder, written, Convert.ToString(pairs[keyword], CultureInfo.InvariantCulture) ?? "", origin);
        }

        return builder;
    }

    private static NpgsqlConnectionStringBuilder FromUri(string text, string origin)
    {
        var uri = StoreUri.Split(text, origin);
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.User is { Length: > 0 } user)
        {
            builder.Username = user;
        }

        if (uri.Password is { Length: > 0 } password)
        {
            builder.Password = password;
        }

        if (uri.Hosts.Count == 1 && uri.Hosts[0].Port is { } port)
        {
            builder.Host = uri.Hosts[0].Name;
            builder.Port = port;
        }
        else
        {
            builder.Host = string.Join(',', uri.Hosts.Select(h => h.Port is { } p ? $"{h.Name}:{p.ToString(CultureInfo.InvariantCulture)}" : h.Name));
        }

        if (uri.Database is { Length: > 0 } database)
        {
            builder.Database = database;
        }

        foreach (var (name, value) in uri.Parameters)
        {
            if (!UriParameters.TryGetValue(name, out var keyword))
            {
                throw Error(origin, $"has the unknown URI parameter '{name}' (known: {string.Join(", ", UriParameters.Keys)})");
            }

            Set(builder, keyword, value, origin);
        }

        return builder;
    }

    private static void Set(NpgsqlConnectionStringBuilder builder, string keyword, string value, string origin)
    {
        try
        {
            builder[keyword] = value;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // Npgsql's message may quote the value, which may be the password: name the keyword only.
            var known = builder.ContainsKey(keyword);
            throw Error(origin, known
                ? $"has an invalid value for '{keyword}'"
                : $"has the unknown keyword '{keyword}'");
        }
    }

    private static void Check(NpgsqlConnectionStringBuilder builder, string origin)
    {
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw Error(origin, "names no server (Host=… or postgres://host/…)");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw Error(origin, "names no database (Database=… or postgres://host/database)");
        }

        foreach (var host in builder.Host.Split(','))
        {
            var colon = host.LastIndexOf(':');
            if (host.Trim().Length == 0)
            {
                throw Error(origin, "has an empty server name in its list of servers");
            }

            if (colon > 0 && !host.StartsWith('[') && !StoreUri.IsPort(host[(colon + 1)..]))
            {
                throw Error(origin, $"has an invalid port in '{host}' (1–65535)");
            }
        }

        if (builder.Port is < 1 or > 65535)
        {
            throw Error(origin, $"has an invalid port {builder.Port} (1–65535)");
        }
    }

    private static FormatException Error(string origin, string problem) => new($"{origin} {problem}");
}
