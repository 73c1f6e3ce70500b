using System.Globalization;
using System.Text;

namespace Zhiku.Evaluation.Spec;

/// <summary>
/// A step's parameters as written in the spec: scalars are kept as invariant strings, lists as lists, maps as
/// ordered maps. Typed getters parse on use; <see cref="Canonical"/> is the exact text recorded in the run log.
/// </summary>
public sealed class StepParameters
{
    private readonly SortedDictionary<string, object?> _values;

    public StepParameters(IEnumerable<KeyValuePair<string, object?>> values)
    {
        _values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            _values[key] = Normalise(value);
        }
    }

    public static StepParameters Empty { get; } = new([]);

    public IReadOnlyDictionary<string, object?> Values => _values;

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>A copy with one parameter set (used by uncertainty analysis to edit a step).</summary>
    public StepParameters With(string key, object? value) => new(_values.Append(new(key, value)));

    public string? String(string key, string? fallback = null) => _values.TryGetValue(key, out var v) && v is string s ? s : fallback;

    public double Double(string key, double fallback) => String(key) is { } s ? ParseDouble(s, key) : fallback;

    public double? OptionalDouble(string key) => String(key) is { } s ? ParseDouble(s, key) : null;

    public int Int(string key, int fallback) => (int)Math.Round(Double(key, fallback));

    public bool Bool(string key, bool fallback) => String(key) is { } s ? s.ToLowerInvariant() is "true" or "yes" or "1" : fallback;

    public IReadOnlyList<double>? Doubles(string key) => _values.TryGetValue(key, out var v) && v is IReadOnlyList<object?> list
        ? [.. list.Select(x => ParseDouble(x as string ?? throw new ArgumentException($"parameter '{key}': expected numbers"), key))]
        : null;

    public IReadOnlyList<string>? Strings(string key) => _values.TryGetValue(key, out var v) && v is IReadOnlyList<object?> list
        ? [.. list.Select(x => x as string ?? "")]
        : v is string single ? [single] : null;

    /// <summary>A nested map (e.g. per-level noise) as parameters.</summary>
    public StepParameters? Map(string key) => _values.TryGetValue(key, out var v) && v is IReadOnlyDictionary<string, object?> map ? new StepParameters(map) : null;

    /// <summary>A list of nested maps (e.g. alternatives).</summary>
    public IReadOnlyList<StepParameters>? Maps(string key) => _values.TryGetValue(key, out var v) && v is IReadOnlyList<object?> list
        ? [.. list.Select(x => x is IReadOnlyDictionary<string, object?> m ? new StepParameters(m) : throw new ArgumentException($"parameter '{key}': expected a list of maps"))]
        : null;

    /// <summary>A stable text form: sorted keys, invariant numbers. Two runs with equal canonical parameters are equal.</summary>
    public string Canonical()
    {
        var sb = new StringBuilder();
        Write(sb, _values);
        return sb.ToString();
    }

    public override string ToString() => Canonical();

    private static double ParseDouble(string s, string key) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : throw new ArgumentException($"parameter '{key}': '{s}' is not a number");

    internal static object? Normalise(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        IFormattable f when value is int or long or decimal or short => f.ToString(null, CultureInfo.InvariantCulture),
        StepParameters p => p._values.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(kv => kv.Key, kv => Normalise(kv.Value), StringComparer.Ordinal), StringComparer.Ordinal),
        System.Collections.IDictionary dict => new SortedDictionary<string, object?>(
            dict.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? "", k => Normalise(dict[k]), StringComparer.Ordinal), StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Normalise).ToList(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                sb.Append(s);
                break;
            case IReadOnlyDictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    sb.Append(first ? "" : ", ").Append(k).Append(": ");
                    Write(sb, v);
                    first = false;
                }

                sb.Append('}');
                break;
            case IEnumerable<object?> list:
                sb.Append('[');
                sb.AppendJoin(", ", list.Select(x =>
                {
                    var inner = new StringBuilder();
                    Write(inner, x);
                    return inner.ToString();
                }));
                sb.Append(']');
                break;
            default:
                sb.Append(value);
                break;
        }
    }
}
