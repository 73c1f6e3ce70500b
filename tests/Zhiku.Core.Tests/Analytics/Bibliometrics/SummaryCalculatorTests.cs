using System.Globalization;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics;

/// <summary>Golden test on bibliometrixData's scientometrics sample: expectations counted from the raw file.</summary>
public sealed class SummaryCalculatorTests
{
    private static readonly string File = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    private static readonly Lazy<DescriptiveSummary> Summary = new(() => SummaryCalculator.Compute(ImportKit.Read(File, "wos-plain").Works()));

    private static readonly Lazy<List<Dictionary<string, List<string>>>> Raw = new(() => RawWos.Records(File));

    [Fact]
    public void Counts_documents_sources_and_years_as_the_raw_file_has_them()
    {
        var raw = Raw.Value;
        var years = raw.Select(r => int.Parse(r["PY"][0], CultureInfo.InvariantCulture)).ToList();
        var production = years.GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count());
        var (first, last) = (years.Min(), years.Max());

        var summary = Summary.Value;

        Assert.Equal(147, raw.Count);
        Assert.Equal(raw.Count, summary.Documents);
        Assert.Equal((first, last), (summary.Timespan.From!.Value, summary.Timespan.To!.Value));
        Assert.Equal(production.OrderBy(p => p.Key), summary.AnnualProduction.OrderBy(p => p.Key));
        var growth = (Math.Pow((double)production[last] / production[first], 1.0 / (last - first)) - 1) * 100;
        Assert.Equal(growth, summary.AnnualGrowthRate!.Value, 9);
        Assert.Equal(raw.Select(r => r["SO"][0].Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).Distinct().Count(), summary.Sources);
        Assert.Equal(raw.Average(r => int.Parse(r["TC"][0], CultureInfo.InvariantCulture)), summary.AverageCitationsPerDocument!.Value, 9);
    }

    [Fact]
    public void Counts_distinct_keywords_and_references()
    {
        var raw = Raw.Value;

        var summary = Summary.Value;

        Assert.Equal(raw.SelectMany(r => RawWos.Items(r, "DE")).Distinct().Count(), summary.AuthorKeywords);
        Assert.Equal(raw.SelectMany(r => RawWos.Items(r, "ID")).Distinct().Count(), summary.KeywordsPlus);
        Assert.Equal(raw.SelectMany(r => RawWos.Lines(r, "CR")).Select(c => c.ToUpperInvariant()).Distinct().Count(), summary.References);
        Assert.True(summary.AuthorKeywords > 300, "a keyword count this low means DE continuation lines were lost");
    }

    [Fact]
    public void Counts_authors_appearances_and_single_authored_documents()
    {
        var raw = Raw.Value;
        static string Key(string au) => string.Join(' ', au.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        var byRecord = raw.Select(r => RawWos.Lines(r, "AU").Select(Key).ToList()).ToList();

        var summary = Summary.Value;

        Assert.Equal(byRecord.SelectMany(a => a).Distinct().Count(), summary.Authors);
        Assert.Equal(byRecord.Sum(a => a.Count), summary.AuthorAppearances);
        Assert.Equal(byRecord.Count(a => a.Count == 1), summary.SingleAuthoredDocuments);
        Assert.Equal(byRecord.Where(a => a.Count == 1).Select(a => a[0]).Distinct().Count(), summary.AuthorsOfSingleAuthoredDocuments);
        Assert.Equal(byRecord.Average(a => a.Count), summary.CoAuthorsPerDocument, 9);
    }

    [Fact]
    public void International_co_authorship_is_the_share_of_documents_with_addresses_in_several_countries()
    {
        // bibliometrix AU_CO: every C1 address counts, "[authors]" prefix or not. Country of an address: its last comma
        // part; "…, PA 19104 USA" endings read as USA; UK constituents are one country, as are China's spellings.
        static string Country(string c1)
        {
            var last = c1[(c1.LastIndexOf(',') + 1)..].Trim().TrimEnd('.').Trim().ToUpperInvariant();
            return last.EndsWith("USA", StringComparison.Ordinal) ? "USA"
                : last is "ENGLAND" or "SCOTLAND" or "WALES" or "NORTH IRELAND" ? "UNITED KINGDOM"
                : last == "PEOPLES R CHINA" ? "CHINA"
                : last;
        }

        var raw = Raw.Value;
        var international = raw.Count(r => RawWos.Lines(r, "C1").Select(Country).Distinct().Count() > 1);

        var summary = Summary.Value;

        Assert.Equal(35, international);
        Assert.Equal(100.0 * international / raw.Count, summary.InternationalCoAuthorships, 9);
        // The figure bibliometrix's summary prints for this sample.
        Assert.Equal(23.8, Math.Round(summary.InternationalCoAuthorships, 1));
    }

    [Fact]
    public void Unbracketed_addresses_of_several_authors_keep_their_countries_on_the_work()
    {
        var raw = Raw.Value;
        var works = ImportKit.Read(File, "wos-plain").Works();
        var index = raw.FindIndex(r => RawWos.Lines(r, "AU").Count > 1 && RawWos.Lines(r, "C1").Count > 1 && !RawWos.Lines(r, "C1")[0].StartsWith('['));

        var work = works[index];

        Assert.True(index >= 0);
        Assert.Equal(RawWos.Lines(raw[index], "C1").Count, work.Affiliations.Count);
        Assert.NotEmpty(work.Countries);
        Assert.All(work.Authors, a => Assert.Empty(a.Countries));
    }
}
