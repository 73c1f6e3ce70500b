using System.Text.RegularExpressions;

namespace Zhiku.Formats.BibTex;

/// <summary>Reads BibTeX (.bib) files, including WoS and Scopus BibTeX exports.</summary>
internal sealed partial class BibTexImporter : IFormatImporter
{
    public string Format => "bibtex";

    public int Detect(FileProbe probe)
    {
        if (probe.IsBinary)
        {
            return 0;
        }

        var entries = EntryStart().Matches(probe.HeadText).Count;
        if (entries > 0)
        {
            return probe.Extension == ".bib" || entries >= 2 ? 90 : 70;
        }

        return probe.Extension == ".bib" ? 20 : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var text = source.OpenText();
        foreach (var block in new BibTexReader(text).Read(cancellationToken))
        {
            if (block.Error is not null)
            {
                yield return block.Error;
                continue;
            }

            var entry = block.Entry!;
            var work = BibTexMapper.Map(entry, out var problem);
            yield return work is not null
                ? new ImportedWork(entry.Position, work)
                : new RecordError(entry.Position, $"record {entry.Number} (line {entry.Line}): {problem}");
        }
    }

    [GeneratedRegex(@"^\s*@(?:article|inproceedings|conference|book|inbook|incollection|phdthesis|mastersthesis|techreport|misc|proceedings|unpublished|online|report|thesis|manual|booklet|patent|dataset|string|comment|preamble)\s*[{(]", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex EntryStart();
}
