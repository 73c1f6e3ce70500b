using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.EStudy;

/// <summary>Reads 知网研学 (CNKI E-Study) exports: "DataType: 1" then "Title-题名: …" lines.</summary>
internal sealed class EStudyImporter : IFormatImporter
{
    public string Format => "cnki-estudy";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(20);
        if (lines.Count == 0 || !lines[0].StartsWith("DataType", StringComparison.Ordinal))
        {
            return 0;
        }

        return lines.Any(l => l.StartsWith("Title-", StringComparison.Ordinal)) ? 95 : 40;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        CnkiTaggedImport.Read(source, EStudySyntax.Instance, EStudyMapper.Map, "Title-题名", cancellationToken);
}
