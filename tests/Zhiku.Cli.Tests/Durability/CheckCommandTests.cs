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
    public void A_missing_a_duplicated_and_an_orphaned_document_are_reported_and_the_repair_rebuilds_the_index()
    {
        using var cli = new CliRun();
        cli.Json("import", Scientometrics);

        // Given an index that lost W1, holds W2 twice and a work the store never had
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

        // And the repair rebuilds the index from the store, after which the check is clean
        var repaired = cli.Json("check", "--repair");
        Assert.True(repaired.GetProperty("ok").GetBoolean());
        Assert.Contains("rebuilt the index from the store: 147 works indexed", repaired.GetProperty("repairs")[0].GetString(), StringComparison.Ordinal);
        var after = cli.Json("check").GetProperty("index");
        Assert.Equal((147, 147, 0, 0, 0), (after.GetProperty("documents").GetInt32(), after.GetProperty("indexedOnce").GetInt32(),
            after.GetProperty("missing").GetInt32(), after.GetProperty("duplicated").GetInt32(), after.GetProperty("orphaned").GetInt32()));
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
