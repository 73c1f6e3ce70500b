using System.CommandLine;
using System.Globalization;
using Zhiku.Cli.Output;
using Zhiku.Consultation;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku delphi stats --answers FILE [--consensus RULE] [--stability P] [--lang zh|en] [--json]</c>: the Delphi
/// statistics of answers from any source, without a data directory. Bad rows are listed on stderr and left out;
/// exit 2 only when no answer could be read.
/// </summary>
internal static class DelphiCommand
{
    public static Command Create(CliContext context) =>
        new("delphi", "Expert consultation (Delphi): statistics of the experts' answers") { Stats(context) };

    private static Command Stats(CliContext context)
    {
        var answers = new Option<string>("--answers") { Description = "CSV or XLSX with the columns round, expert, item, value (or 轮次, 专家, 条目, 数值)", Required = true };
        var consensus = new Option<string>("--consensus")
        {
            Description = "The consensus rule: iqr<=K (IQR at most K), within2>=P (share within two adjacent points at least P, 0.7 or 70%) or cv<=C",
            DefaultValueFactory = _ => ConsensusRule.Default.Name,
        };
        var stability = new Option<double>("--stability")
        {
            Description = "An item is stable when at most this share of the experts changed their answer since the previous round",
            DefaultValueFactory = _ => DelphiStatistics.DefaultStability,
        };
        var language = new Option<string>("--lang") { Description = "Language of the table and the problems: zh or en", DefaultValueFactory = _ => "zh" };
        var command = new Command("stats", "Per item and round: n, median, quartiles (R type 7), IQR, mean, SD, CV, consensus and stability; per round: Kendall's W with the tie correction, its chi-square and p")
        {
            answers, consensus, stability, language,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var text = DelphiText.For(parse.GetValue(language));
            var rule = ConsensusRule.Parse(parse.GetValue(consensus) ?? ConsensusRule.Default.Name);
            var share = parse.GetValue(stability);
            if (share is < 0 or > 1)
            {
                throw new ArgumentException($"--stability {share.ToString(CultureInfo.InvariantCulture)}: a share from 0 to 1");
            }

            var path = parse.GetValue(answers) ?? string.Empty;
            var file = AnswerFileReader.Read(path);
            foreach (var problem in file.Problems)
            {
                context.Error.WriteLine(problem.Describe(text));
            }

            if (file.Answers.Count == 0)
            {
                context.Error.WriteLine("zhiku: " + text.Format("nothing", path));
                return 2;
            }

            var result = DelphiStatistics.Compute(file.Answers, rule, share);
            if (parse.GetValue(context.JsonOption))
            {
                var problems = file.Problems.Select(p => new { p.File, p.Line, p.Column, p.Kind, Message = p.Describe(text) });
                Json.Write(context.Output, new { file = path, rule = result.Rule, items = result.Items, rounds = result.Rounds, problems });
                return 0;
            }

            Table(context.Output, result, text);
            if (file.Problems.Count > 0)
            {
                context.Output.WriteLine(text.Format("problems", file.Problems.Count));
                foreach (var problem in file.Problems)
                {
                    context.Output.WriteLine("  " + problem.Describe(text));
                }
            }

            return 0;
        }));
        return command;
    }

    private static void Table(TextWriter o, DelphiResult result, DelphiText text)
    {
        o.WriteLine(text.Format("rule", result.Rule));
        string[] keys = ["item", "round", "n", "median", "q1", "q3", "iqr", "mean", "sd", "cv", "consensus", "changed"];
        o.WriteLine(string.Join('\t', keys.Select(k => text[k])));
        foreach (var s in result.Items)
        {
            o.WriteLine(string.Join('\t',
                s.Item, N(s.Round), N(s.N), N(s.Median), N(s.Q1), N(s.Q3), N(s.Iqr), N(s.Mean), N(s.Sd), N(s.Cv),
                s.Consensus ? text["yes"] : text["no"], s.Stability?.ChangedShare is { } c ? N(c) : "–"));
        }

        foreach (var r in result.Rounds)
        {
            o.WriteLine(r.KendallW is { } w
                ? text.Format("concordance", r.Round, r.Experts, r.Items.Count, N(w), N(r.ChiSquare), r.Df, r.P is { } p ? (p < 0.0001 ? "< 0.0001" : p.ToString("0.####", CultureInfo.InvariantCulture)) : "–")
                : text.Format("noConcordance", r.Round, r.Experts));
            if (r.Ranking.Count > 0)
            {
                o.WriteLine(text.Format("ranking", string.Join(" > ", r.Ranking.Select(x => x.Item))));
            }
        }
    }

    private static string N(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "–";
}
