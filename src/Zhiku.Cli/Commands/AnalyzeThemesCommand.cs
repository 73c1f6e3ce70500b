using System.CommandLine;
using Zhiku.Analytics.Themes;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku analyze themes</c> (thematic map: centrality, density, quadrants) and <c>zhiku analyze evolution</c>
/// (thematic maps per period and the flows between them), with bibliometrix thematicMap's parameters.
/// </summary>
internal static class AnalyzeThemesCommand
{
    public static Command Create(CliContext context) =>
        AnalyzeRun.Create<ThemesRequest>(context, "themes", "Thematic map (Callon centrality and density, quadrants)", (set, request) => ThemesAnalysis.Run(set.Works, request));

    public static Command CreateEvolution(CliContext context) =>
        AnalyzeRun.Create<ThemesRequest, EvolutionRequest>(context, "evolution", "Thematic evolution across time slices (inclusion, stability, flows)", (set, map, request) => ThemesAnalysis.Run(set.Works, map, request));
}
