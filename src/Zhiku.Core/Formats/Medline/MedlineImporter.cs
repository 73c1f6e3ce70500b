using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Medline;

/// <summary>Reads PubMed's MEDLINE text export ("PMID- …" records separated by blank lines).</summary>
internal sealed class MedlineImporter : IFormatImporter
{
    public string Format => "pubmed-medline";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(30);
        if (lines.Count == 0 || !lines[0].StartsWith("PMID-", StringComparison.Ordinal))
        {
            return 0;
        }

        var tagged = lines.Count(l => MedlineSyntax.Instance.TryParse(l, out _, out _));
        return tagged >= Math.Min(5, lines.Count) ? 95 : 40;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        TaggedImport.Read(
            source,
            MedlineSyntax.Instance,
            MedlineMapper.Map,
            (record, problem) => $"record {record.Number} (line {record.Line}, PMID {record.First("PMID")}): {problem}",
            cancellationToken);
}
