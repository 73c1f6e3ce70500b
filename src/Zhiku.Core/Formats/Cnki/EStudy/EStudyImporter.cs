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

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        foreach (var block in TaggedRecordReader.Read(lines, EStudySyntax.Instance, cancellationToken))
        {
            if (block.Error is not null)
            {
                yield return new RecordError(block.Error.Position, block.Error.Message);
                continue;
            }

            var record = block.Record!;
            var work = CnkiWorkBuilder.Build(EStudyMapper.Map(record), out var problem);
            yield return work is not null
                ? new ImportedWork(record.Position, work)
                : new RecordError(record.Position, $"record {record.Number} (line {record.Line}): {problem} (Title-题名)");
        }
    }
}
