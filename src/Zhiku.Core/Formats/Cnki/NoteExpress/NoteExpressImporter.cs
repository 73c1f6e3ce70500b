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

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        foreach (var block in TaggedRecordReader.Read(lines, NoteExpressSyntax.Instance, cancellationToken))
        {
            if (block.Error is not null)
            {
                yield return new RecordError(block.Error.Position, block.Error.Message);
                continue;
            }

            var record = block.Record!;
            var work = CnkiWorkBuilder.Build(NoteExpressMapper.Map(record), out var problem);
            yield return work is not null
                ? new ImportedWork(record.Position, work)
                : new RecordError(record.Position, $"record {record.Number} (line {record.Line}): {problem} ({{Title}})");
        }
    }
}
