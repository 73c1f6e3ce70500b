using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.EndNote;

/// <summary>Reads EndNote/Refer text ("%0 Journal Article", "%A …"), the way CNKI exports it.</summary>
internal sealed class ReferImporter : IFormatImporter
{
    public string Format => "endnote-refer";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(60);
        if (lines.Count == 0 || !lines[0].StartsWith("%0 ", StringComparison.Ordinal))
        {
            return 0;
        }

        // Zotero's CNKI translator recognises CNKI Refer files by %T together with "%W CNKI".
        var hasTitle = lines.Any(l => l.StartsWith("%T ", StringComparison.Ordinal));
        var cnki = lines.Any(l => l.StartsWith("%W CNKI", StringComparison.Ordinal));
        return hasTitle ? (cnki ? 95 : 85) : 30;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        CnkiTaggedImport.Read(source, ReferSyntax.Instance, ReferMapper.Map, "%T", cancellationToken);
}
