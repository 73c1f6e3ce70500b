using System.Globalization;

namespace Zhiku.Web.Evaluation;

/// <summary>
/// The framework editor's edits as query parameters: <c>w=Conn:0.5,Goods:2</c> (weights) and <c>d=Goods:-1</c>
/// (directions), so an edited run and the edited iMeta are plain links.
/// </summary>
internal sealed record FrameworkEdits(IReadOnlyDictionary<string, double> Weights, IReadOnlyDictionary<string, int> Directions)
{
    public bool IsEmpty => Weights.Count == 0 && Directions.Count == 0;

    public static FrameworkEdits Parse(string? weights, string? directions) => new(
        Pairs(weights, "w").ToDictionary(p => p.Code, p => Number(p.Value, p.Code), StringComparer.Ordinal),
        Pairs(directions, "d").ToDictionary(p => p.Code, p => (int)Number(p.Value, p.Code), StringComparer.Ordinal));

    private static IEnumerable<(string Code, string Value)> Pairs(string? text, string name)
    {
        foreach (var item in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = item.LastIndexOf(':');
            yield return colon > 0 ? (item[..colon], item[(colon + 1)..]) : throw new ArgumentException($"{name}: '{item}' is not CODE:VALUE");
        }
    }

    private static double Number(string text, string code) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"'{code}': '{text}' is not a number");
}
