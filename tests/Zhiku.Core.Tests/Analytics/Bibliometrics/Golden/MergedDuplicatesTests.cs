using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>
/// The 921 Scopus records hold two pairs that share a DOI. Zhiku merges them; bibliometrix keeps all 921 unless
/// duplicatedMatching runs. The summary says so, and counts either way on request.
/// </summary>
public sealed class MergedDuplicatesTests : IClassFixture<MergedDuplicatesTests.ScopusStore>
{
    private static readonly string File = SharedData.Path("bibliographic/scopus/scientopy_2017.csv");
    private static readonly string[] SharedDois = ["10.1145/2968456.2974005", "10.1145/2619239.2626319"];
    private readonly ScopusStore _store;

    public MergedDuplicatesTests(ScopusStore store) => _store = store;

    [Fact]
    public void Without_merging_the_summary_counts_the_records_as_exported()
    {
        var rows = RawCsv.Rows(File);

        var set = _store.Kb.Read(Caller.Owner).WorksForAnalysis(null, merge: false);
        var summary = SummaryCalculator.Compute(set.Works) with { Deduplication = set.Deduplication };

        Assert.Equal(921, rows.Count);
        Assert.Equal(rows.Count, summary.Documents);
        Assert.Equal(rows.Select(r => BibliometrixRow.Key(r("Source title")!.Replace(",", string.Empty, StringComparison.Ordinal))).Distinct().Count(), summary.Sources);
        Assert.Equal(rows.Average(r => r("Cited by") is { } tc ? int.Parse(tc, CultureInfo.InvariantCulture) : 0), summary.AverageCitationsPerDocument!.Value, 9);
        Assert.Equal(4.34, Math.Round(summary.AverageCitationsPerDocument!.Value, 2));
        Assert.False(summary.Deduplication!.Merged);
        Assert.Equal(0, summary.Deduplication.MergedRecords);
    }

    [Fact]
    public void Merged_pairs_count_once_and_the_summary_names_them_with_their_DOI()
    {
        // A merged pair keeps the larger of its two counts.
        var rows = RawCsv.Rows(File);
        static int Tc(Func<string, string?> r) => r("Cited by") is { } tc ? int.Parse(tc, CultureInfo.InvariantCulture) : 0;
        var pairs = SharedDois.Select(doi => rows.Where(r => string.Equals(r("DOI"), doi, StringComparison.OrdinalIgnoreCase)).ToList()).ToList();
        var citations = rows.Sum(Tc) - pairs.Sum(p => p.Min(Tc));
        var sources = rows.Select(r => BibliometrixRow.Key(r("Source title")!.Replace(",", string.Empty, StringComparison.Ordinal))).Distinct().Count();

        var set = _store.Kb.Read(Caller.Owner).WorksForAnalysis(null);
        var summary = SummaryCalculator.Compute(set.Works) with { Deduplication = set.Deduplication };

        Assert.All(pairs, p => Assert.Equal(2, p.Count));
        Assert.Equal(919, summary.Documents);
        Assert.Equal(sources - 2, summary.Sources); // each pair names its conference in two ways
        Assert.Equal((double)citations / 919, summary.AverageCitationsPerDocument!.Value, 9);
        Assert.Equal(4.3, Math.Round(summary.AverageCitationsPerDocument!.Value, 1));
        var d = summary.Deduplication!;
        Assert.True(d.Merged);
        Assert.Equal((921, 2), (d.Records, d.MergedRecords));
        Assert.Equal(SharedDois.Select(doi => "doi " + doi).Order(), d.Duplicates.Select(m => m.Evidence).Order());
        Assert.All(d.Duplicates, m => Assert.Equal(2, m.Records.Count));
        Assert.All(d.Duplicates.SelectMany(m => m.Records), r => Assert.StartsWith("scientopy_2017.csv, record ", r, StringComparison.Ordinal));
    }

    /// <summary>One knowledge base with the Scopus file imported, shared by the tests of the class.</summary>
    public sealed class ScopusStore : IDisposable
    {
        private readonly TempDataDirectory _dir = new();

        public ScopusStore()
        {
            Kb = _dir.Open();
            Kb.Import([File], new ImportOptions());
        }

        public Zhiku.Knowledge.KnowledgeBase Kb { get; }

        public void Dispose()
        {
            Kb.Dispose();
            _dir.Dispose();
        }
    }
}
