using Zhiku.Files;
using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats;

/// <summary>Maps one record of a line-tagged file to a work, or gives the problem that kept it from being one.</summary>
internal delegate WorkRecord? TaggedMapper(TaggedRecord record, out string? problem);

/// <summary>
/// Reads a line-tagged file (RIS, MEDLINE, the CNKI exports) record by record: lines outside any record and records
/// the mapper refuses become errors that name the record, its line and the problem; the rest become works.
/// </summary>
internal static class TaggedImport
{
    /// <param name="error">The message of a refused record from the record and the mapper's problem.</param>
    public static IEnumerable<ImportItem> Read(
        ImportSource source, TaggedSyntax syntax, TaggedMapper map, Func<TaggedRecord, string?, string> error, CancellationToken cancellationToken)
    {
        using var lines = source.OpenLines();
        foreach (var block in TaggedRecordReader.Read(lines, syntax, cancellationToken))
        {
            if (block.Error is not null)
            {
                yield return new RecordError(block.Error.Position, block.Error.Message);
                continue;
            }

            var record = block.Record!;
            var work = map(record, out var problem);
            yield return work is not null ? new ImportedWork(record.Position, work) : new RecordError(record.Position, error(record, problem));
        }
    }
}
