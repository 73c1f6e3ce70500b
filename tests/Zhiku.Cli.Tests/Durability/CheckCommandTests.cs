using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Zhiku.Search;
using Zhiku.Search.Analysis;

namespace Zhiku.Cli.Tests.Durability;

/// <summary><c>zhiku check [--repair]</c>: store and index agree, or the report says where they do not.</summary>
public sealed class CheckCommandTests
{
    private static readonly string Scientometrics = CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    [Fact]
    public void A_consistent_data_directory_checks_ok_with_every_work_indexed_once()
    {
        using var cli = new CliRun();
        cli.Json("import", Scientometrics);

        var check = cli.Json("check");

        Assert.True(check.GetProperty("ok").GetBoolean());
        Assert.Equal("ok", check.GetProperty("store").GetProperty("integrity").GetString());
        Assert.Equal(147, check.GetProperty("store").GetProperty("works").GetInt32());
        Assert.Equal(147, check.GetProperty("index").GetProperty("indexedOnce").GetInt32());
        Assert.Empty(check.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public void A_missing_a_duplicated_and_an_orphaned_document_are_reported_and_the_repair_mends_just_those()
    {
        using var cli = new CliRun();
        cli.Json("import", Scientometrics);

        // Given an index that lost W1, holds W2 twice and a work the store never had
        var imported = Segments(cli.DataDirectory);
        Damage(Path.Combine(cli.DataDirectory, "index"));

        // When checked, then each problem is named, with exit code 2
        var (exit, output, _) = cli.Run("check", "--json");
        Assert.Equal(2, exit);
        var report = System.Text.Json.JsonDocument.Parse(output).RootElement;
        var index = report.GetProperty("index");
        Assert.False(report.GetProperty("ok").GetBoolean());
        Assert.Equal((1, 1, 1), (index.GetProperty("missing").GetInt32(), index.GetProperty("duplicated").GetInt32(), index.GetProperty("orphaned").GetInt32()));
        var problems = string.Join("\n", report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("1 works of the store are not in the index: W1", problems, StringComparison.Ordinal);
        Assert.Contains("1 works are indexed more than once: W2", problems, StringComparison.Ordinal);
        Assert.Contains("1 index documents belong to no work of the store: W999999", problems, StringComparison.Ordinal);

        // And the repair indexes W1 and W2 again and deletes W999999, leaving the import's segments in place
        var repaired = cli.Json("check", "--repair");
        Assert.True(repaired.GetProperty("ok").GetBoolean());
        var repair = repaired.GetProperty("repairs")[0].GetString();
        Assert.Contains("indexed 2 works again from the store: W1, W2 and deleted the documents of 1 ids the store does not hold: W999999", repair, StringComparison.Ordinal);
        Assert.Contains("other 145 documents were left as they were", repair, StringComparison.Ordinal);
        Assert.Superset(imported, Segments(cli.DataDirectory));
        AssertClean(cli, 147);

        // And W1 is searchable by the words of its title again (its whole document is back, not just its id)
        var title = cli.Json("show", "W1").GetProperty("work").GetProperty("titles")[0].GetProperty("text").GetString()!;
        var words = string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).Take(4));
        var hits = cli.Json("search", words, "--limit", "200").GetProperty("hits").EnumerateArray();
        Assert.Contains(hits, h => h.GetProperty("id").GetString() == "W1");
    }

    [Fact]
    public void An_index_whose_checkpoint_is_ahead_of_the_store_is_rebuilt_whole_by_the_repair()
    {
        using var cli = new CliRun();
        cli.Json("import", Scientometrics);

        // Given an index that says it has seen changes the store never made (an index of another store)
        MoveCheckpoint(Path.Combine(cli.DataDirectory, "index"), 1_000_000);
        var segmentsBefore = Segments(cli.DataDirectory);

        var (exit, output, _) = cli.Run("check", "--json");
        Assert.Equal(2, exit);
        Assert.Contains("the index checkpoint 1000000 is ahead of the store's last change", output, StringComparison.Ordinal);

        // When repaired, then the whole index is rebuilt (none of its old segments is kept) and checks clean
        var repaired = cli.Json("check", "--repair");
        Assert.Contains("rebuilt the index from the store: 147 works indexed", repaired.GetProperty("repairs")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(Segments(cli.DataDirectory).Intersect(segmentsBefore));
        AssertClean(cli, 147);
    }

    private static void AssertClean(CliRun cli, int works)
    {
        var after = cli.Json("check");
        Assert.True(after.GetProperty("ok").GetBoolean());
        var index = after.GetProperty("index");
        Assert.Equal((works, works, 0, 0, 0), (index.GetProperty("documents").GetInt32(), index.GetProperty("indexedOnce").GetInt32(),
            index.GetProperty("missing").GetInt32(), index.GetProperty("duplicated").GetInt32(), index.GetProperty("orphaned").GetInt32()));
    }

    // The index's segments by name (a rebuild deletes every old segment; a targeted repair only adds and deletes documents).
    private static HashSet<string> Segments(string dataDirectory) =>
        [.. System.IO.Directory.GetFiles(Path.Combine(dataDirectory, "index"), "*.si").Select(Path.GetFileName).OfType<string>()];

    private static void MoveCheckpoint(string indexPath, long checkpoint)
    {
        using var directory = FSDirectory.Open(indexPath);
        var userData = new Dictionary<string, string>(DirectoryReader.ListCommits(directory)[^1].UserData)
        {
            ["zhiku.seq"] = checkpoint.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, new KeywordAnalyzer()));
        writer.SetCommitData(userData);
        writer.Commit();
    }

    private static void Damage(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        var userData = DirectoryReader.ListCommits(directory)[^1].UserData;
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, new KeywordAnalyzer()));
        writer.DeleteDocuments(new Term(SearchFields.Id, "W1"));
        writer.AddDocument(new Document { new StringField(SearchFields.Id, "W2", Field.Store.YES) });
        writer.AddDocument(new Document { new StringField(SearchFields.Id, "W999999", Field.Store.YES) });
        writer.SetCommitData(new Dictionary<string, string>(userData));
        writer.Commit();
    }
}
