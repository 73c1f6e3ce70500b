using System.Globalization;
using System.Text;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Outputs.Tracing;

/// <summary>
/// The 60 real State Council documents and outputs imported through the outputs template: 60 whose abstract holds an
/// edited passage (50–300 characters, 3–5 random substitutions, insertions and deletions) of a document dated after
/// the output (keyword tracecase), five copying a passage verbatim but dated after its document (tracelate), ten real
/// CNKI abstracts (traceunrelated), one made of the collection's own boilerplate (traceboiler), and two outputs titled
/// as a document the 2018 policy 国办发〔2018〕127号 names in 《》, one dated before it and one after (traceref).
/// </summary>
public sealed class TracingCorpus : IDisposable
{
    /// <summary>Phrases each found in at least four of the 60 documents (the test asserts it): the boilerplate output is made of them.</summary>
    public static readonly string[] Boilerplate =
    [
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，",
        "认真落实党中央、国务院决策部署，现提出如下意见。",
        "各地区、各部门要：加强组织领导，高质量发展。",
        "经国务院同意，此件公开发布。国务院办公厅",
    ];

    public const string ReferencedTitle = "国务院关于优化科研管理提升科研绩效若干措施的通知";

    private const string Hanzi = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类";

    private readonly TempDataDirectory _dir = new();

    public TracingCorpus()
    {
        Kb = _dir.Open();
        Kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions());
        var read = Kb.Read(Caller.Owner);
        Policies = [.. read.Search(new SearchRequest { Query = "kind:policy", Limit = 1000 }).Hits.Select(h => (h.Id, read.Work(h.Id)!.Work))];

        var rows = new List<string[]>();
        var random = new Random(13);
        var dated = Policies.Where(p => Year(p.Work) is not null && (p.Work.FullText?.Length ?? 0) >= 600).ToList();
        for (var i = 0; i < 60; i++)
        {
            var (id, work) = dated[i % dated.Count];
            var text = work.FullText!;
            var length = random.Next(50, 301);
            var start = random.Next(text.Length / 5, Math.Max(text.Length / 5 + 1, text.Length - length - 1));
            var original = text.Substring(start, Math.Min(length, text.Length - start));
            var edited = Edit(original, 3 + (original.Length / 100), random);
            edited = string.Concat(edited.Where(c => !char.IsWhiteSpace(c)));
            var title = $"溯源样本{i + 1:00}：政策研究报告";
            Planted.Add(new PlantedReuse(title, id, original, edited));
            rows.Add([title, Date(Year(work)!.Value - 1), $"本报告第{i + 1}部分的主要观点如下。{edited}以上建议供参考。", "tracecase"]);
        }

        for (var i = 0; i < 5; i++)
        {
            var (id, work) = dated[(i * 7) % dated.Count];
            var text = work.FullText!;
            var original = text.Substring(text.Length / 2, Math.Min(120, text.Length / 2));
            Late.Add(new PlantedReuse($"后发样本{i + 1}：政策研究报告", id, original, original));
            rows.Add([$"后发样本{i + 1}：政策研究报告", Date(Year(work)!.Value + 1), original, "tracelate"]);
        }

        foreach (var (abstractText, i) in CnkiAbstracts().Take(10).Select((a, i) => (a, i)))
        {
            rows.Add([$"无关样本{i + 1}：学术论文摘要", "1990-01-01", abstractText, "traceunrelated"]);
        }

        rows.Add(["套话样本：政策文件常用语", "1990-01-01", string.Concat(Boilerplate), "traceboiler"]);
        rows.Add([ReferencedTitle, "2018-01-05", "关于优化科研管理、提升科研绩效的研究建议。", "traceref"]);
        rows.Add([ReferencedTitle, "2020-01-05", "关于优化科研管理、提升科研绩效的后续研究。", "traceref"]);

        var csv = new StringBuilder("标题,类型,机构,日期,摘要,关键词\n");
        foreach (var row in rows)
        {
            csv.Append(Quote(row[0])).Append(",研究报告,中国科学院科技战略咨询研究院,").Append(row[1]).Append(',')
                .Append(Quote(row[2])).Append(',').Append(row[3]).Append('\n');
        }

        var file = Path.Combine(_dir.Root, "trace-outputs.csv");
        File.WriteAllText(file, csv.ToString());
        Report = Kb.Import([file], new ImportOptions());
    }

    public KnowledgeBase Kb { get; }

    public ImportReport Report { get; }

    /// <summary>The policy documents with their public ids.</summary>
    public List<(string Id, WorkRecord Work)> Policies { get; }

    public List<PlantedReuse> Planted { get; } = [];

    public List<PlantedReuse> Late { get; } = [];

    /// <summary>Letters and digits only: how passages are compared whatever their punctuation.</summary>
    public static string Bare(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    /// <summary>Whether two texts share a run of <paramref name="run"/> letters or digits.</summary>
    public static bool ShareRun(string a, string b, int run)
    {
        var (x, y) = (Bare(a), Bare(b));
        for (var i = 0; i + run <= x.Length; i++)
        {
            if (y.Contains(x.Substring(i, run), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        Kb.Dispose();
        _dir.Dispose();
    }

    private static int? Year(WorkRecord work) =>
        work.Date is { Length: >= 4 } d && int.TryParse(d[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : work.Year;

    private static string Date(int year) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-06-30");

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal).ReplaceLineEndings(" ") + "\"";

    // Substitutes, inserts or deletes a character at random places among the letters (never punctuation, which tracing ignores anyway).
    private static string Edit(string text, int edits, Random random)
    {
        var chars = new List<char>(text);
        for (var e = 0; e < edits; e++)
        {
            var letters = Enumerable.Range(0, chars.Count).Where(k => char.IsLetterOrDigit(chars[k])).ToList();
            var at = letters[random.Next(letters.Count)];
            var replacement = Hanzi[random.Next(Hanzi.Length)];
            switch (e % 3)
            {
                case 0:
                    chars[at] = replacement;
                    break;
                case 1:
                    chars.Insert(at, replacement);
                    break;
                default:
                    chars.RemoveAt(at);
                    break;
            }
        }

        return new string([.. chars]);
    }

    private static IEnumerable<string> CnkiAbstracts() =>
        File.ReadLines(SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt"))
            .Where(l => l.StartsWith("AB ", StringComparison.Ordinal) && l.Length > 80)
            .Select(l => l[3..].Trim());
}
