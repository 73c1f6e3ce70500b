using Zhiku.Files.Tagged;

namespace Zhiku.Formats.Cnki;

/// <summary>Reads a CNKI tagged export (RefWorks, EndNote, NoteExpress, E-Study): its fields through one mapper, the work through <see cref="CnkiWorkBuilder"/>.</summary>
internal static class CnkiTaggedImport
{
    /// <param name="titleTag">The tag of the title in this export, named in the message of a record without one.</param>
    public static IEnumerable<ImportItem> Read(
        ImportSource source, TaggedSyntax syntax, Func<TaggedRecord, CnkiFields> map, string titleTag, CancellationToken cancellationToken) =>
        TaggedImport.Read(
            source,
            syntax,
            (TaggedRecord record, out string? problem) => CnkiWorkBuilder.Build(map(record), out problem),
            (record, problem) => $"record {record.Number} (line {record.Line}): {problem} ({titleTag})",
            cancellationToken);
}
