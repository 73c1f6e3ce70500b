using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Reports;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku analyze report [--query Q] [--lang zh|en] [--format html|docx] --out FILE</c>: the analysis report of the
/// works a query finds, with the default parameters of every analysis (printed in the report).
/// </summary>
internal static class AnalyzeReportCommand
{
    public static Command Create(CliContext context)
    {
        var query = AnalyzeOptions.Query();
        var language = new Option<string>("--lang") { Description = "zh|en", DefaultValueFactory = _ => "en" };
        var format = new Option<string>("--format") { Description = "html|docx (default: from the file name, else html)" };
        var output = new Option<string>("--out") { Description = "The report file", Required = true };
        var seed = new Option<long>("--seed") { Description = "Seed of the network's clustering and layout", DefaultValueFactory = _ => 0 };
        var topic = new Option<string?>("--topic") { Description = "The trend forecast's topic (a keyword or title word; default: all works found)" };
        var command = new Command("report", "HTML or DOCX analysis report: summary, rankings, network, bursts, themes, trend and parameters")
        {
            query, language, format, output, seed, topic,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(output)!;
            var chosen = parse.GetValue(format) ?? (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? "docx" : "html");
            if (chosen is not ("html" or "docx"))
            {
                throw new ArgumentException($"--format: unknown value '{chosen}' (use html|docx)");
            }

            var parameters = new ReportParameters
            {
                Query = string.IsNullOrWhiteSpace(parse.GetValue(query)) ? "*" : parse.GetValue(query)!,
                Scope = "data owner (CLI)",
                Language = parse.GetValue(language)!,
                Date = DateTimeOffset.UtcNow,
                Network = new NetworkParameters { Clustering = new() { Seed = parse.GetValue(seed) } },
                TrendTopic = parse.GetValue(topic),
            };
            AnalysisReportText.For(parameters.Language);
            using var kb = context.Open(parse);
            var data = ReportAnalyses.Compute(AnalyzeSummaryCommand.Works(kb, parse.GetValue(query), Caller.Owner), parameters);
            using (var file = File.Create(path))
            {
                if (chosen == "docx")
                {
                    DocxAnalysisReport.Write(file, data, parameters);
                }
                else
                {
                    using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false));
                    writer.Write(HtmlAnalysisReport.Build(data, parameters));
                }
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Summary.Documents} documents, {data.Network.Clustering.ClusterCount} clusters, {data.Bursts.Bursts.Count} bursts, {data.Themes.Themes.Count} themes → {path}"));
            return 0;
        }));
        return command;
    }
}
