using System.CommandLine;
using System.Globalization;
using Zhiku.Analytics.Networks;
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
        var scope = new AnalyzeOptions();
        var request = new RequestOptions<ReportRequest>();
        var network = new RequestOptions<NetworkRequest>();
        var output = new Option<string>("--out") { Description = "The report file", Required = true };
        var command = new Command("report", "HTML or DOCX analysis report: summary, rankings, network, bursts, themes, trend and parameters") { output };
        scope.AddTo(command);
        request.AddTo(command);
        network.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(output)!;
            var bound = request.Bind(parse);
            var chosen = bound.ResolveFormat(path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? "docx" : "html");
            var query = string.IsNullOrWhiteSpace(parse.GetValue(scope.Query)) ? "*" : parse.GetValue(scope.Query)!;
            var parameters = bound.Parameters(network.Bind(parse), query, [.. scope.Filters(parse).Select(p => p.Key + ":" + p.Value)], "data owner (CLI)", DateTimeOffset.UtcNow);
            AnalysisReportText.For(parameters.Language);
            using var kb = context.Open(parse);
            var data = ReportAnalyses.Compute(scope.Works(kb, parse).Works, parameters);
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
