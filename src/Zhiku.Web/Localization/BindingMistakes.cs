using System.Text.RegularExpressions;

namespace Zhiku.Web.Localization;

/// <summary>
/// A query or route value that does not bind (<c>top=abc</c>), said in the reader's language: minimal APIs throw
/// <see cref="BadHttpRequestException"/> with an English sentence naming the parameter's type, name and value
/// (ASP.NET Core's RequestDelegateFactory wording), which is read back here.
/// </summary>
internal static partial class BindingMistakes
{
    /// <summary>The parameter (camelCase, as the query names it), its value and the explanation; null when the message is not a binding failure.</summary>
    public static (string Parameter, string? Value, string Detail)? Explain(this Texts texts, BadHttpRequestException bad)
    {
        if (NotBound().Match(bad.Message) is { Success: true } failed)
        {
            var (name, value) = (Camel(failed.Groups["name"].Value), failed.Groups["value"].Value);
            var key = Kind(failed.Groups["type"].Value) switch
            {
                'w' => "request.NotWhole",
                'n' => "request.NotNumber",
                _ => "request.NotValue",
            };
            return (name, value, texts.Format(key, name, value));
        }

        if (Missing().Match(bad.Message) is { Success: true } missing)
        {
            var name = Camel(missing.Groups["name"].Value);
            return (name, null, texts.Format("request.Missing", name));
        }

        return null;
    }

    private static char Kind(string type)
    {
        var inner = type.StartsWith("Nullable<", StringComparison.Ordinal) ? type[9..^1] : type;
        return inner switch
        {
            "int" or "long" or "short" or "uint" or "ulong" or "ushort" or "byte" or "Int32" or "Int64" or "UInt64" => 'w',
            "double" or "float" or "decimal" or "Double" or "Single" or "Decimal" => 'n',
            _ => '?',
        };
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]+) (?<name>[^" ]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex NotBound();

    [GeneratedRegex("""^Required parameter "(?<type>[^"]+) (?<name>[^" ]+)" was not provided""")]
    private static partial Regex Missing();
}
