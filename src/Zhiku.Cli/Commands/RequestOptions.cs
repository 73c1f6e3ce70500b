using System.CommandLine;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Zhiku.Cli.Commands;

/// <summary>
/// The options of an analysis request type, one per property (<c>MinOccurrences</c> → <c>--min-occurrences</c>, its
/// description from the property's <see cref="DescriptionAttribute"/>), bound back into the request. The web binds the
/// same type with <c>[AsParameters]</c>, so the CLI and the API accept the same fields.
/// </summary>
internal sealed class RequestOptions<T>
    where T : new()
{
    private readonly List<(PropertyInfo Property, Option<string?> Option)> _options;

    public RequestOptions(params string[] except) =>
        _options = [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && !except.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => (p, new Option<string?>(OptionName(p.Name)) { Description = p.GetCustomAttribute<DescriptionAttribute>()?.Description }))];

    public IEnumerable<Option> Options => _options.Select(o => (Option)o.Option);

    /// <summary>The option name of a request property: <c>--</c> and the name in kebab case.</summary>
    public static string OptionName(string property) =>
        "--" + string.Concat(property.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in Options)
        {
            command.Options.Add(option);
        }
    }

    public T Bind(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var request = new T();
        foreach (var (property, option) in _options)
        {
            if (parse.GetValue(option) is { } text)
            {
                property.SetValue(request, Convert(text, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, option.Name));
            }
        }

        return request;
    }

    private static object Convert(string text, Type type, string option)
    {
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : throw Bad(option, text, "a whole number");
        }

        if (type == typeof(long))
        {
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : throw Bad(option, text, "a whole number");
        }

        return type == typeof(double)
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw Bad(option, text, "a number")
            : throw new NotSupportedException($"{option}: request fields of type {type.Name} have no option");
    }

    private static ArgumentException Bad(string option, string text, string expected) => new($"{option}: '{text}' is not {expected}");
}
