using System.Globalization;

namespace Zhiku.Benchmarks.Analytics;

/// <summary>One of our Leiden settings on the command line: "2" (iterations; −1 until stable) or "2x3" (× random starts, best kept).</summary>
internal sealed record LeidenSetting(int Iterations, int Starts)
{
    public string Label => (Iterations < 0 ? "until stable" : $"{Iterations} iterations") + (Starts > 1 ? $", best of {Starts} starts" : "");

    public static LeidenSetting Parse(string text)
    {
        var parts = text.Split('x');
        return new LeidenSetting(Int(parts[0]), parts.Length > 1 ? Int(parts[1]) : 1);
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
