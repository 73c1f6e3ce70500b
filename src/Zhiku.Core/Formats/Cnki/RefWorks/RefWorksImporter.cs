using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.RefWorks;

/// <summary>Reads CNKI's RefWorks export ("RT Journal Article", "A1 …", blank-line separated, no ER).</summary>
internal sealed class RefWorksImporter : IFormatImporter
{
    public string Format => "cnki-refworks";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(40);
        if (lines.Count == 0 || !lines[0].StartsWith("RT ", StringComparison.Ordinal))
        {
            return 0;
        }

        var tagged = lines.Count(l => RefWorksSyntax.Instance.TryParse(l, out _, out _));
        var hasTitle = lines.Any(l => l.StartsWith("T1 ", StringComparison.Ordinal));
        return hasTitle && tagged * 2 >= lines.Count ? 90 : 30;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        CnkiTaggedImport.Read(source, RefWorksSyntax.Instance, RefWorksMapper.Map, "T1", cancellationToken);
}
