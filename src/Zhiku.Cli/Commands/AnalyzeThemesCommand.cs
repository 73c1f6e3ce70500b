using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Terms;
using Zhiku.Analytics.Themes;
using Zhiku.Cli.Output;
using Zhiku.Model;
using Zhiku.Text.Segmentation;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku analyze themes</c> (thematic map: centrality, density, quadrants) and <c>zhiku analyze evolution --years</c>
/// (thematic maps per period and the flows between them), with bibliometrix thematicMap's parameters.
/// </summary>
internal static class AnalyzeThemesCommand
{
    public static Command Create(CliContext context) => Build(context, evolution: false);

    public static Command CreateEvolution(CliContext context) => Build(context, evolution: true);

    private static Command Build(CliContext context, bool evolution)
    {
        var query = AnalyzeOptions.Query();
        var field = new Option<string>("--field") { Description = "keywords-plus|keywords|terms", DefaultValueFactory = _ => "keywords-plus" };
        var words = new Option<int>("--words") { Description = "Most frequent words in the network (n)", DefaultValueFactory = _ => 250 };
        var minimum = new Option<int>("--min-frequency") { Description = "Minimum occurrences per 1000 documents (at least 2)", DefaultValueFactory = _ => 5 };
        var cluster = new Option<string>("--cluster") { Description = "louvain|leiden", DefaultValueFactory = _ => "louvain" };
        var seed = new Option<long>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1234 };
        var years = new Option<string>("--years") { Description = "Cut years, comma separated (e.g. 2000,2010)", Required = evolution };
        var command = evolution
            ? new Command("evolution", "Thematic evolution across time slices (inclusion, stability, flows)") { query, field, words, minimum, cluster, seed, years }
            : new Command("themes", "Thematic map (Callon centrality and density, quadrants)") { query, field, words, minimum, cluster, seed };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var works = AnalyzeSummaryCommand.Works(kb, parse.GetValue(query), Caller.Owner);
            var items = Items(parse.GetValue(field)!);
            var value = parse.GetValue(cluster)!;
            var options = new ThematicMapOptions
            {
                Words = parse.GetValue(words),
                MinFrequencyPerThousand = parse.GetValue(minimum),
                Algorithm = Enum.TryParse<ClusteringAlgorithm>(value, true, out var a) && Enum.IsDefined(a) ? a : throw new ArgumentException($"--cluster: unknown value '{value}' (use louvain|leiden)"),
                Seed = parse.GetValue(seed),
            };
            object result = evolution
                ? ThemeDocuments.Evolution(ThematicEvolution.Compute([.. works.Select(w => (w.Year, items(w)))], Cuts(parse.GetValue(years)!), options))
                : ThemeDocuments.Map(ThematicMap.Compute([.. works.Select(items)], options));
            Json.Write(context.Output, result);
            return 0;
        }));
        return command;
    }

    private static List<int> Cuts(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(y => int.TryParse(y, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"--years: '{y}' is not a year"))];

    private static Func<WorkRecord, IReadOnlyList<string>> Items(string field)
    {
        switch (field)
        {
            case "keywords-plus":
                return w => [.. w.IndexKeywords.Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0)];
            case "keywords":
                return w => [.. w.AuthorKeywords.Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0)];
            case "terms":
                var extractor = new TermExtractor(ChineseSegmenter.Default);
                return w => extractor.Extract(w.Titles.Concat(w.Abstracts).Select(t => t.Text));
            default:
                throw new ArgumentException($"--field: unknown value '{field}' (use keywords-plus|keywords|terms)");
        }
    }
}
