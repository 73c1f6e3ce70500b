using System.Globalization;
using System.Text.RegularExpressions;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>
/// Scopus CSV, old and new layout, against bibliometrix's csvScopus2df + convert2df: Authors → AU (dots dropped, ','
/// or ';' separating authors), Source title → SO, Year → PY, Cited by → TC (blank is 0), Author Keywords → DE, Index
/// Keywords → ID, References → CR (the new layout split after "(YYYY);"), countries from the addresses of Affiliations (every address counts, as AU_CO).
/// </summary>
public sealed partial class ScopusGoldenTests
{
    [Theory]
    [InlineData("scientopy_2017.csv")]
    [InlineData("metaknowledge_old_layout.csv")]
    [InlineData("bibliometrix_new_layout.csv")]
    public void Summary_and_tables_follow_bibliometrix_on_a_Scopus_export(string file)
    {
        var path = SharedData.Path("bibliographic/scopus/" + file);
        BibliometrixExpectations.Check(Rows(path), ImportKit.Read(path, "scopus-csv").Works());
    }

    [Fact]
    public void Uncited_documents_count_as_zero_citations_as_in_bibliometrix()
    {
        var path = SharedData.Path("bibliographic/scopus/scientopy_2017.csv");
        var rows = RawCsv.Rows(path);

        var summary = SummaryCalculator.Compute(ImportKit.Read(path, "scopus-csv").Works());

        Assert.Equal(439, rows.Count(r => r("Cited by") is null));
        Assert.Equal(0, summary.DocumentsWithoutCitationCounts);
        Assert.Equal(4.34, Math.Round(summary.AverageCitationsPerDocument!.Value, 2));
    }

    internal static List<BibliometrixRow> Rows(string path)
    {
        var newLayout = RawCsv.HasColumn(path, "Author full names");
        return [.. RawCsv.Rows(path).Select(r => new BibliometrixRow
        {
            AU = Authors(r("Authors")),
            SO = r("Source title"),
            PY = int.Parse(r("Year")!, CultureInfo.InvariantCulture),
            TC = r("Cited by") is { } tc ? int.Parse(tc, CultureInfo.InvariantCulture) : 0,
            DE = BibliometrixRow.Items(r("Author Keywords")),
            ID = BibliometrixRow.Items(r("Index Keywords")),
            CR = [.. References(r("References"), newLayout).Distinct()],
            Countries = [.. BibliometrixRow.Items(r("Affiliations")).Select(Country).OfType<string>()],
        })];
    }

    /// <summary>AU: dots dropped, ',' (old layout) or ';' between authors, other punctuation a space (convert2df).</summary>
    private static List<string> Authors(string? cell) =>
        cell is null || cell.StartsWith("[No author", StringComparison.Ordinal)
            ? [] // bibliometrix would count "NO AUTHOR NAME AVAILABLE" as an author; Zhiku deliberately does not
            : [.. cell.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', ';').Split(';')
                .Select(a => BibliometrixRow.Key(NotAlphanumeric().Replace(a, " "))).Where(a => a.Length > 0)];

    private static IEnumerable<string> References(string? cell, bool newLayout) =>
        cell is null ? []
        : newLayout ? NewLayoutReferenceEnd().Split(cell).Select(BibliometrixRow.Key).Where(s => s.Length > 0)
        // Deliberate difference: tableTag splits old-layout references on every ';', also the few inside one
        // reference ("…, 3; pp. 1-7"); Zhiku splits on "; " and keeps such a reference whole.
        : cell.Split("; ").Select(BibliometrixRow.Key).Where(s => s.Length > 0);

    /// <summary>The country of one address of the Affiliations column: its last comma part when it is a name.</summary>
    private static string? Country(string address)
    {
        var last = address[(address.LastIndexOf(',') + 1)..].Trim().TrimEnd('.');
        return address.Contains(',', StringComparison.Ordinal) && last.Length > 0 && last.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'') ? BibliometrixRow.Country(last) : null;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}\-']")]
    private static partial Regex NotAlphanumeric();

    // The 2025 layout separates references with "; " like the authors inside them; a reference ends with its "(YYYY)".
    [GeneratedRegex(@"(?<=\(\d{4}\));")]
    private static partial Regex NewLayoutReferenceEnd();
}
