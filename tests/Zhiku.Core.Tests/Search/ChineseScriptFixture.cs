using System.Text.Json;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

/// <summary>
/// The State Council documents of 2019 and the government work reports (1954–2025, the earliest in Traditional
/// characters), plus records written for these tests: a Taiwanese-style policy summary in Traditional characters, its
/// Simplified twin, and records where the words of 十三五, 一带一路 and 双一流 recur with a character between them.
/// </summary>
public sealed class ChineseScriptFixture : IDisposable
{
    public static readonly (string Title, string Keywords, string Content)[] Written =
    [
        ("臺灣地區優化營商環境與知識產權保護政策摘要", "知識產權;營商環境",
            "為優化營商環境，行政院於二〇一九年後陸續修訂法規，加強知識產權保護，推動科學技術與產業發展，並對乾淨能源給予補助。"),
        ("优化营商环境与知识产权保护政策要点", "知识产权;营商环境",
            "为优化营商环境，加强知识产权保护，推动科学技术与产业发展。"),
        ("统计口径说明（简体）", "统计", "增长百分之十三点五。一带和一路是两个词。双一级流不是双一流的写法，此处只写双一级流。"),
        ("統計口徑說明（繁體）", "統計", "增長百分之十三點五。一帶和一路是兩個詞。雙一級流的寫法。"),
    ];

    public ChineseScriptFixture()
    {
        Kb = Directory.Open();
        var written = Directory.File("written.jsonl");
        File.WriteAllLines(written, Written.Select(w => JsonSerializer.Serialize(new { title = w.Title, keywords = w.Keywords, content = w.Content })));
        Kb.Import(
            [
                SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"),
                SharedData.Path("documents/cn-policy/government_work_reports.jsonl"),
                written,
            ],
            new ImportOptions());
    }

    public TempDataDirectory Directory { get; } = new();

    public KnowledgeBase Kb { get; }

    public SearchResult Search(string query, int limit = 200) =>
        Kb.Read(Caller.Owner).Search(new SearchRequest { Query = query, Limit = limit });

    public void Dispose()
    {
        Kb.Dispose();
        Directory.Dispose();
    }
}
