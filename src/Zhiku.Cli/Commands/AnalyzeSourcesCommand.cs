using System.CommandLine;
using Zhiku.Analytics.Bibliometrics;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze sources</c>: most productive sources, Bradford zones, source h/g/m index and most cited works.</summary>
internal static class AnalyzeSourcesCommand
{
    public static Command Create(CliContext context) =>
        AnalyzeRun.Create<RankingRequest>(context, "sources", "Most productive sources, Bradford's law, source impact, most cited works", (set, request) => RankingAnalysis.Sources(set.Works, request));
}
