using System.Globalization;

namespace Zhiku.Analytics.Networks.Export;

/// <summary>Pajek .net: <c>*Vertices n</c> with quoted labels and coordinates, then <c>*Edges</c> <c>i j weight</c> (1-based).</summary>
public static class PajekWriter
{
    public static void Write(NetworkMap map, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"*Vertices {map.Labels.Count}\n"));
        for (var i = 0; i < map.Labels.Count; i++)
        {
            var label = map.Labels[i].Replace("\"", "'", StringComparison.Ordinal);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{i + 1} \"{label}\" {map.X[i]:R} {map.Y[i]:R} 0\n"));
        }

        writer.Write("*Edges\n");
        foreach (var (s, t, w) in map.Links())
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{s + 1} {t + 1} {w:R}\n"));
        }
    }
}
