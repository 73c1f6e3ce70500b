using System.Text;
using System.Text.Json;

namespace Zhiku.Cli.Tests.Analytics;

/// <summary><c>zhiku trace</c> on the real State Council documents: a planted passage and a 《》 reference, as JSON and as a table.</summary>
public sealed class TraceCommandTests
{
    private const string Policies = "documents/cn-policy/gov_cn_state_council_policies_2019.jsonl";

    /// <summary>Imports the policies and the two outputs; returns the passage (whitespace removed) the first one copies.</summary>
    private static string Plant(CliRun cli)
    {
        cli.Json("import", CliRun.Shared(Policies));
        var text = File.ReadLines(CliRun.Shared(Policies))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .First(e => e.GetProperty("document_number").GetString() == "国发〔2019〕5号")
            .GetProperty("text").GetString()!;
        var passage = string.Concat(text.Substring(text.Length / 2, 120).Where(c => !char.IsWhiteSpace(c)));
        // Two characters changed and one left out: reuse is found through edits.
        var edited = "监" + passage[1..40] + "大" + passage[41..80] + passage[81..];
        var csv = new StringBuilder("标题,类型,机构,日期,摘要,关键词\n")
            .Append("市场监管方式创新研究,研究报告,中国科学院科技战略咨询研究院,2018-06-30,\"").Append(edited).Append("\",tracecli\n")
            .Append("国务院关于优化科研管理提升科研绩效若干措施的通知,研究报告,中国科学院科技战略咨询研究院,2018-01-05,科研管理研究,tracecli\n");
        var file = Path.Combine(cli.DataDirectory, "outputs.csv");
        File.WriteAllText(file, csv.ToString());
        cli.Json("import", file);
        return passage;
    }

    [Fact]
    public void Trace_json_gives_links_with_output_document_kind_similarity_and_passages()
    {
        using var cli = new CliRun();
        var passage = Plant(cli);

        var json = cli.Json("trace", "--outputs", "keyword:tracecli", "--documents", "kind:policy");

        var links = json.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(["reference", "reuse"], links.Select(l => l.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        foreach (var link in links)
        {
            Assert.StartsWith("W", link.GetProperty("output").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("W", link.GetProperty("document").GetString(), StringComparison.Ordinal);
            Assert.InRange(link.GetProperty("similarity").GetDouble(), 0.6, 1.0);
            var first = link.GetProperty("passages")[0];
            Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("output").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("document").GetString()));
        }

        var reuse = links.Single(l => l.GetProperty("kind").GetString() == "reuse");
        Assert.Equal("市场监管方式创新研究", reuse.GetProperty("outputTitle").GetString());
        Assert.Contains("国务院关于在市场监管领域全面推行部门联合", reuse.GetProperty("documentTitle").GetString(), StringComparison.Ordinal);
        var documentSide = string.Concat(reuse.GetProperty("passages")[0].GetProperty("document").GetString()!.Where(c => !char.IsWhiteSpace(c)));
        Assert.Contains(passage[50..100], documentSide, StringComparison.Ordinal);
        Assert.True(reuse.GetProperty("similarity").GetDouble() < 1, "the edits lower the similarity");
    }

    [Fact]
    public void Trace_without_json_prints_a_table_in_chinese_by_default_and_in_english_on_request()
    {
        using var cli = new CliRun();
        Plant(cli);

        var (exit, zh, _) = cli.Run("trace", "--outputs", "keyword:tracecli", "--documents", "kind:policy");
        var (_, en, _) = cli.Run("trace", "--outputs", "keyword:tracecli", "--documents", "kind:policy", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("共 2 条关联", zh, StringComparison.Ordinal);
        Assert.Contains("复用", zh, StringComparison.Ordinal);
        Assert.Contains("引用", zh, StringComparison.Ordinal);
        Assert.Contains("相似度", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("reuse", zh, StringComparison.Ordinal);
        Assert.Contains("2 links", en, StringComparison.Ordinal);
        Assert.Contains("reuse", en, StringComparison.Ordinal);
        Assert.Contains("similarity", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_with_an_unknown_language_fails_on_stderr_naming_the_option()
    {
        using var cli = new CliRun();

        var (exit, output, error) = cli.Run("trace", "--outputs", "*", "--documents", "*", "--lang", "fr");

        Assert.NotEqual(0, exit);
        Assert.Empty(output);
        Assert.Contains("--lang", error, StringComparison.Ordinal);
        Assert.Contains("fr", error, StringComparison.Ordinal);
    }
}
