using System.Globalization;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics;

/// <summary>Golden tests on bibliometrixData's scientometrics sample: expectations counted from the raw file.</summary>
public sealed class ProductivityTests
{
    private const int ReferenceYear = 2020;

    private static readonly string File = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    private static readonly Lazy<IReadOnlyList<WorkRecord>> Works = new(() => ImportKit.Read(File, "wos-plain").Works());

    private static readonly Lazy<List<Dictionary<string, List<string>>>> Raw = new(() => RawWos.Records(File));

    private static string AuthorKey(string au) =>
        string.Join(' ', au.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static List<List<string>> RawAuthors() => [.. Raw.Value.Select(r => RawWos.Lines(r, "AU").Select(AuthorKey).Distinct().ToList())];

    private static string RawSource(Dictionary<string, List<string>> r) => r["SO"][0].Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static int Tc(Dictionary<string, List<string>> r) => int.Parse(r["TC"][0], CultureInfo.InvariantCulture);

    private static int Py(Dictionary<string, List<string>> r) => int.Parse(r["PY"][0], CultureInfo.InvariantCulture);

    [Fact]
    public void Authors_are_ranked_by_documents_with_fractional_counts()
    {
        var byRecord = RawAuthors();
        var expected = byRecord.SelectMany(a => a.Select(x => (Author: x, Share: 1.0 / a.Count)))
            .GroupBy(p => p.Author).ToDictionary(g => g.Key, g => (Full: g.Count(), Frac: g.Sum(p => p.Share)));

        var authors = Productivity.Authors(Works.Value);

        Assert.Equal(expected.Count, authors.Count);
        Assert.Equal(expected.Values.Max(v => v.Full), authors[0].Documents);
        foreach (var a in authors.Take(20))
        {
            Assert.Equal(expected[a.Name].Full, a.Documents);
            Assert.Equal(expected[a.Name].Frac, a.Fractional, 9);
        }

        Assert.Equal(byRecord.Count(a => a.Count > 0), authors.Sum(a => a.Fractional), 6);
        Assert.True(authors.Zip(authors.Skip(1)).All(p => p.First.Documents >= p.Second.Documents));
    }

    [Fact]
    public void Sources_are_ranked_by_documents()
    {
        var expected = Raw.Value.GroupBy(RawSource).ToDictionary(g => g.Key, g => g.Count());

        var sources = Productivity.Sources(Works.Value);

        Assert.Equal(expected.Count, sources.Count);
        Assert.All(sources, s => Assert.Equal(expected[s.Name], s.Documents));
        Assert.Equal(147, sources.Sum(s => s.Documents));
    }

    [Fact]
    public void Most_cited_works_come_first_with_citations_per_year_to_the_reference_year()
    {
        var raw = Raw.Value;
        var top = raw.OrderByDescending(Tc).First();

        var cited = Productivity.MostCited(Works.Value, ReferenceYear);

        Assert.Equal(Tc(top), cited[0].Citations);
        Assert.Equal((double)Tc(top) / (ReferenceYear - Py(top) + 1), cited[0].CitationsPerYear!.Value, 9);
        Assert.Equal(raw.Select(Tc).OrderDescending().Take(10), cited.Take(10).Select(c => c.Citations));
    }

    [Fact]
    public void Countries_split_single_and_multiple_country_documents()
    {
        var countries = Productivity.Countries(Works.Value);

        Assert.NotEmpty(countries);
        Assert.All(countries, c => Assert.Equal(c.Documents, c.SingleCountry + c.MultipleCountry));
        Assert.InRange(countries.Sum(c => c.Documents), 100, 147);
        Assert.Contains(countries, c => c.MultipleCountry > 0);
    }

    [Fact]
    public void Institutions_count_each_document_once()
    {
        var institutions = Productivity.Institutions(Works.Value);

        Assert.NotEmpty(institutions);
        Assert.True(institutions[0].Documents >= 3, $"{institutions[0].Name} has {institutions[0].Documents}");
        Assert.All(institutions, i => Assert.InRange(i.Documents, 1, 147));
    }
}
