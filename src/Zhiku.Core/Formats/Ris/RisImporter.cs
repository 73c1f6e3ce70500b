using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Ris;

/// <summary>Reads RIS ("TY  - JOUR" … "ER  - "), as written by reference managers, publishers and Zhiku's exporter.</summary>
internal sealed class RisImporter : IFormatImporter
{
    public string Format => "ris";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(40);
        var first = lines.Count > 0 ? lines[0] : string.Empty;
        if (!first.StartsWith("TY  -", StringComparison.Ordinal))
        {
            return 0;
        }

        var tagged = lines.Count(l => RisSyntax.Instance.TryParse(l, out _, out _));
        return tagged * 2 >= lines.Count ? 95 : 50;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        TaggedImport.Read(source, RisSyntax.Instance, RisMapper.Map, (record, problem) => $"record {record.Number} (line {record.Line}): {problem}", cancellationToken);
}
