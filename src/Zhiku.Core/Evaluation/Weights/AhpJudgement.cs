using System.Globalization;

namespace Zhiku.Evaluation.Weights;

/// <summary>Parses one judgement as written in a spec: a number or a fraction such as <c>1/3</c>.</summary>
internal static class AhpJudgement
{
    public static double Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            ? Number(text[..slash]) / Number(text[(slash + 1)..])
            : Number(text);
    }

    private static double Number(string s) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"ahp: '{s}' is not a judgement");
}
