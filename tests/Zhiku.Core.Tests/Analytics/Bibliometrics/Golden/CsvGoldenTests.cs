using System.Globalization;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>Lens and OpenAlex web CSV exports against bibliometrix's csvLens2df and csvOA2df column definitions.</summary>
public sealed class CsvGoldenTests
{
    /// <summary>
    /// csvLens2df: Author/s → AU as "LASTNAME INITIALS", Source Title → SO, Publication Year → PY, Keywords → DE,
    /// References → CR; no addresses (AU_CO "NA"). TC: the citing works count, blank as 0. Deliberate difference:
    /// csvLens2df copies DE into ID; Zhiku keeps MeSH Terms there and does not count author keywords twice.
    /// </summary>
    [Fact]
    public void Summary_and_tables_follow_bibliometrix_on_a_Lens_export()
    {
        var path = SharedData.Path("bibliographic/lens/bibliometrix_lens_sample.csv");
        var rows = RawCsv.Rows(path).Select(r => new BibliometrixRow
        {
            AU = [.. (r("Author/s") ?? string.Empty).Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(LensAuthor)],
            SO = r("Source Title"),
            PY = int.Parse(r("Publication Year")!, CultureInfo.InvariantCulture),
            TC = r("Citing Works Count") is { } tc ? int.Parse(tc, CultureInfo.InvariantCulture) : 0,
            DE = BibliometrixRow.Items(r("Keywords")),
            ID = BibliometrixRow.Items(r("MeSH Terms")),
            CR = [.. BibliometrixRow.Items(r("References")).Distinct()],
        }).ToList();

        var works = ImportKit.Read(path, "lens-csv").Works();
        BibliometrixExpectations.Check(rows, works);
        // The keys themselves, not only their counts: "Yasmine ABDOULAYE" is ABDOULAYE Y, while the byline keeps the name.
        Assert.Equal(rows.SelectMany(r => r.AU).Distinct().Order(), Zhiku.Analytics.Bibliometrics.Productivity.Authors(works).Select(a => a.Name).Order());
        Assert.Contains(works.SelectMany(w => w.Authors), a => a.Name == "Yasmine ABDOULAYE");
    }

    /// <summary>
    /// csvOA2df: authorships.author.display_name → AU ('|'-separated), primary_location.source.display_name → SO,
    /// publication_year → PY, cited_by_count → TC, authorships.countries → AU_CO (ISO codes); the web export has no
    /// keywords or references.
    /// </summary>
    [Fact]
    public void Summary_and_tables_follow_bibliometrix_on_an_OpenAlex_web_export()
    {
        var path = SharedData.Path("bibliographic/openalex/bibliometrix_openalex_web_export.csv");
        var rows = RawCsv.Rows(path).Select(r => new BibliometrixRow
        {
            AU = BibliometrixRow.Items(r("authorships.author.display_name"), '|'),
            SO = r("primary_location.source.display_name"),
            PY = int.Parse(r("publication_year")!, CultureInfo.InvariantCulture),
            TC = int.Parse(r("cited_by_count")!, CultureInfo.InvariantCulture),
            Countries = [.. BibliometrixRow.Items(r("authorships.countries"), '|').SelectMany(c => c.Split(';', StringSplitOptions.RemoveEmptyEntries))],
        }).ToList();

        BibliometrixExpectations.Check(rows, ImportKit.Read(path, "openalex-csv").Works());
    }

    private static string LensAuthor(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.LastIndexOf(' ');
        var last = space < 0 ? trimmed : trimmed[(space + 1)..];
        var initials = space < 0 ? string.Empty : string.Concat(trimmed[..space].Where(char.IsUpper));
        return BibliometrixRow.Key(last + " " + initials);
    }
}
