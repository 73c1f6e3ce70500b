using System.CommandLine;
using Zhiku.Analytics.Bibliometrics;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze authors</c>: most productive authors, institutions and countries, Lotka's law, author h/g/m index.</summary>
internal static class AnalyzeAuthorsCommand
{
    public static Command Create(CliContext context) =>
        AnalyzeRun.Create<RankingRequest>(context, "authors", "Most productive authors, institutions, countries; Lotka's law; author impact", (set, request) => RankingAnalysis.Authors(set.Works, request));
}
