using System.CommandLine;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze …</c>: bibliometric summaries, clustering and burst detection.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context) =>
        new("analyze", "Analyses: summary, sources, authors, network, themes, evolution, trends, cluster, bursts, report, conversion")
        {
            AnalyzeSummaryCommand.Create(context),
            AnalyzeSourcesCommand.Create(context),
            AnalyzeAuthorsCommand.Create(context),
            AnalyzeNetworkCommand.Create(context),
            AnalyzeThemesCommand.Create(context),
            AnalyzeThemesCommand.CreateEvolution(context),
            AnalyzeTrendsCommand.Create(context),
            AnalyzeClusterCommand.Create(context),
            AnalyzeBurstsCommand.Create(context),
            AnalyzeReportCommand.Create(context),
            AnalyzeConversionCommand.Create(context),
        };
}
