using System.Globalization;
using Zhiku.Files;
using Zhiku.Files.Text;
using Zhiku.Model;

namespace Zhiku.Formats.OpenAlex;

/// <summary>
/// The CSV that openalex.org's web interface exports: one work per row, columns named by dotted JSON paths
/// ("authorships.author.display_name"), several values in a cell separated by '|'.
/// </summary>
internal sealed class OpenAlexCsvImporter : IFormatImporter
{
    public string Format => "openalex-csv";

    public int Detect(FileProbe probe)
    {
        var lines = probe.FirstLines(1);
        if (lines.Count == 0)
        {
            return 0;
        }

        var header = lines[0];
        return header.Contains("authorships.author.display_name", StringComparison.Ordinal)
            || (header.Contains("display_name", StringComparison.Ordinal) && header.Contains("publication_year", StringComparison.Ordinal)
                && header.Contains("primary_location.", StringComparison.Ordinal))
            ? 95
            : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        using var csv = new CsvReader(source.OpenText(), limits: source.Limits);
        var header = csv.ReadRow() ?? throw new ImportException($"{source.FileName}: the file is empty");
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            columns.TryAdd(header.Fields[i].Trim(), i);
        }

        var record = 0;
        while (csv.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            record++;
            var position = new RecordPosition(record, row.Line);
            string? Cell(string name) => columns.TryGetValue(name, out var i) && i < row.Fields.Length && row.Fields[i].Trim() is { Length: > 0 } v ? v : null;
            var work = Map(Cell);
            yield return work is null
                ? new RecordError(position, $"record {record} (line {row.Line}): missing title (display_name)")
                : new ImportedWork(position, work);
        }
    }

    private static WorkRecord? Map(Func<string, string?> cell)
    {
        var title = cell("display_name") ?? cell("title");
        if (title is null)
        {
            return null;
        }

        var language = cell("language") is { Length: 2 } lang ? lang : null;
        var work = new WorkRecord
        {
            Kind = OpenAlexKinds.Of(cell("type"), cell("primary_location.source.type")),
            DocumentType = cell("type"),
            Language = language,
            Year = int.TryParse(cell("publication_year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null,
            Date = cell("publication_date") ?? cell("publication_year"),
            Source = cell("primary_location.source.display_name"),
            Issn = cell("primary_location.source.issn_l"),
            CitedByCount = int.TryParse(cell("cited_by_count"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : null,
            Url = cell("doi"),
        };
        work.AddTitle(title, language ?? LanguageGuess.Of(title));
        work.AddAbstract(cell("abstract"), language);
        work.AddIdentifier(IdSchemes.OpenAlex, cell("id"));
        work.AddIdentifier(IdSchemes.Doi, cell("doi"));
        work.AddIdentifier(IdSchemes.Pmid, OpenAlexWorkMapper.LastSegment(cell("ids.pmid")));
        if (cell("primary_topic.display_name") is { } topic)
        {
            work.Subjects.Add(topic);
        }

        work.Funding.AddRange(Split(cell("funders.display_name")).Where(f => f.Length > 0));
        AddAuthors(cell, work);
        foreach (var key in (string[])["fwci", "open_access.oa_status", "primary_location.source.id", "best_oa_location.license", "corresponding_institution_ids"])
        {
            if (cell(key) is { } value)
            {
                work.Extra[key] = value;
            }
        }

        if (cell("is_retracted") is { } retracted && retracted.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            work.Extra["is_retracted"] = "true";
        }

        return work;
    }

    private static void AddAuthors(Func<string, string?> cell, WorkRecord work)
    {
        var names = Split(cell("authorships.author.display_name"));
        var ids = Split(cell("authorships.author.id"));
        var orcids = Split(cell("authorships.author.orcid"));
        var countries = Split(cell("authorships.countries"));
        var institutions = Split(cell("authorships.institutions.display_name"));
        var corresponding = Split(cell("authorships.is_corresponding"));
        // The export flattens every author's institutions into one list; it lines up with the authors only when each
        // author has exactly one (in the bibliometrix sample, 2 authors can carry 4 institutions).
        var linked = institutions.Length == names.Length;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
            {
                continue;
            }

            var author = new AuthorRecord
            {
                Name = names[i],
                IsCorresponding = At(corresponding, i) is { } flag ? flag.Equals("true", StringComparison.OrdinalIgnoreCase) : null,
            };
            if (linked && institutions[i].Length > 0)
            {
                author.Affiliations.Add(institutions[i]);
            }

            if (countries.Length == names.Length && countries[i].Length > 0)
            {
                author.Countries.Add(countries[i]);
            }

            OpenAlexWorkMapper.AddId(author, IdSchemes.OpenAlex, At(ids, i));
            OpenAlexWorkMapper.AddId(author, IdSchemes.Orcid, At(orcids, i));
            work.Authors.Add(author);
        }

        foreach (var institution in institutions)
        {
            if (institution.Length > 0 && !work.Organisations.Contains(institution, StringComparer.Ordinal))
            {
                work.Organisations.Add(institution);
            }
        }
    }

    private static string[] Split(string? value) => value is null ? [] : [.. value.Split('|').Select(v => v.Trim())];

    private static string? At(string[] values, int i) => i < values.Length && values[i].Length > 0 ? values[i] : null;
}
