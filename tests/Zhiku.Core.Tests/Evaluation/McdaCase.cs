using System.Text.Json;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Evaluation;

/// <summary>Reads the MCDA oracle files in ../reference/mcda/.</summary>
public static class McdaCase
{
    public static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(SharedData.Reference("mcda/" + file))).RootElement;

    public static double[] Vector(this JsonElement e) => [.. e.EnumerateArray().Select(v => v.GetDouble())];

    public static double[][] Matrix(this JsonElement e) => [.. e.EnumerateArray().Select(Vector)];

    /// <summary>Rows of a units × criteria matrix as columns (<c>[criterion][unit]</c>).</summary>
    public static double[][] Columns(this JsonElement e)
    {
        var rows = e.Matrix();
        return [.. Enumerable.Range(0, rows[0].Length).Select(j => rows.Select(r => r[j]).ToArray())];
    }

    public static void Near(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}] {actual[i]} vs {expected[i]} (tolerance {tolerance})");
        }
    }
}
