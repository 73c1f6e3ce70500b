using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki.NoteExpress;

/// <summary>Reads NoteExpress files (.net) exported by CNKI and Wanfang: "{Reference Type}: …" records.</summary>
internal sealed class NoteExpressImporter : IFormatImporter
{
    public string Format => "cnki-noteexpress";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(1);
        if (lines.Count > 0 && lines[0].TrimStart().StartsWith("{Reference Type}", StringComparison.Ordinal))
        {
            return 95;
        }

        if (probe.HeadText.Contains("\n{Reference Type}:", StringComparison.Ordinal))
        {
            return 85;
        }

        return probe.Extension == ".net" && !probe.IsBinary ? 10 : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken) =>
        CnkiTaggedImport.Read(source, NoteExpressSyntax.Instance, NoteExpressMapper.Map, "{Title}", cancellationToken);
}
