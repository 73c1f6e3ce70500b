using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Cli.Output;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze summary [--query Q]</c>: bibliometrix's main information over the works a query finds.</summary>
internal static class AnalyzeSummaryCommand
{

    public static Command Create(CliContext context)
    {
        var query = new Option<string?>("--query") { Description = "Analyse only the works this query finds (default: all)" };
        var command = new Command("summary", "Descriptive bibliometrics (bibliometrix's main information)") { query };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var summary = SummaryCalculator.Compute(Works(kb, parse.GetValue(query), Caller.Owner));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, summary);
                return 0;
            }

            var o = context.Output;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {summary.Documents}; timespan {summary.Timespan.From}:{summary.Timespan.To}; sources {summary.Sources}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"annual growth rate % {summary.AnnualGrowthRate:F2}; average citations per document {summary.AverageCitationsPerDocument:F2}; references {summary.References}"));
            o.WriteLine($"author keywords (DE) {summary.AuthorKeywords}; keywords plus (ID) {summary.KeywordsPlus}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"authors {summary.Authors}; appearances {summary.AuthorAppearances}; single-authored documents {summary.SingleAuthoredDocuments}; co-authors per document {summary.CoAuthorsPerDocument:F2}; international co-authorships % {summary.InternationalCoAuthorships:F2}"));
            o.WriteLine("annual production: " + string.Join(", ", summary.AnnualProduction.Select(p => $"{p.Key} {p.Value}")));
            return 0;
        }));
        return command;
    }

    /// <summary>The works matching the query through the search, so that the caller's access applies.</summary>
    internal static List<WorkRecord> Works(KnowledgeBase kb, string? query, Caller caller) => kb.WorksMatching(query, caller);
}
