using System.Globalization;

namespace Zhiku.Analytics.Networks.Export;

/// <summary>
/// VOSviewer map and network files: a tab-separated map file with header
/// <c>id label x y cluster weight&lt;Links&gt; weight&lt;Total link strength&gt; weight&lt;Occurrences&gt;</c> (clusters 1-based)
/// and a header-less network file <c>id1 id2 strength</c>.
/// </summary>
public static class VosViewerWriter
{
    public static void WriteMap(NetworkMap map, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>\tweight<Occurrences>\n");
        for (var i = 0; i < map.Labels.Count; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}\t{Quote(map.Labels[i])}\t{map.X[i]:R}\t{map.Y[i]:R}\t{map.Clusters[i] + 1}\t{map.Degree(i)}\t{map.Strength(i):R}\t{map.Occurrences[i]}\n"));
        }
    }

    public static void WriteNetwork(NetworkMap map, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var (s, t, w) in map.Links())
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{s + 1}\t{t + 1}\t{w:R}\n"));
        }
    }

    /// <summary>Labels with separators, quotes or tabs are quoted, quotes doubled.</summary>
    private static string Quote(string label) =>
        label.AsSpan().IndexOfAny(",;\t\"") >= 0 ? "\"" + label.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : label;
}
