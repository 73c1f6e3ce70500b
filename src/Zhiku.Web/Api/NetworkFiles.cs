using System.IO.Compression;
using System.Text;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Networks.Export;

namespace Zhiku.Web.Api;

/// <summary>
/// The network map as the files <c>zhiku analyze network --format</c> writes: VOSviewer map and network files (both in
/// one ZIP, or each alone), GraphML, GEXF and Pajek. JSON, CSV and XLSX are the analytics API's own formats.
/// </summary>
internal static class NetworkFiles
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>The formats written here, in the order the page offers them.</summary>
    public static readonly string[] Formats = ["vosviewer", "vosviewer-map", "vosviewer-network", "graphml", "gexf", "pajek"];

    /// <summary>The file of a format: its bytes, media type and name.</summary>
    public static (byte[] Bytes, string MediaType, string Name) Write(NetworkMap map, string format) => format switch
    {
        "vosviewer" => (Zip(("zhiku-network.map.txt", Text(w => VosViewerWriter.WriteMap(map, w))), ("zhiku-network.network.txt", Text(w => VosViewerWriter.WriteNetwork(map, w)))),
            "application/zip", "zhiku-network.vosviewer.zip"),
        "vosviewer-map" => (Text(w => VosViewerWriter.WriteMap(map, w)), "text/plain; charset=utf-8", "zhiku-network.map.txt"),
        "vosviewer-network" => (Text(w => VosViewerWriter.WriteNetwork(map, w)), "text/plain; charset=utf-8", "zhiku-network.network.txt"),
        "graphml" => (Text(w => GraphMlWriter.Write(map, w)), "application/graphml+xml; charset=utf-8", "zhiku-network.graphml"),
        "gexf" => (Text(w => GexfWriter.Write(map, w)), "application/gexf+xml; charset=utf-8", "zhiku-network.gexf"),
        "pajek" => (Text(w => PajekWriter.Write(map, w)), "text/plain; charset=utf-8", "zhiku-network.net"),
        _ => throw new ArgumentException($"format: unknown value '{format}' (use json|csv|xlsx|{string.Join("|", Formats)})"),
    };

    private static byte[] Text(Action<TextWriter> write)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(text);
        return Utf8.GetBytes(text.ToString());
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }
}
