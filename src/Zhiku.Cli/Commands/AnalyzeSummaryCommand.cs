using System.CommandLine;
using System.Globalization;
using Zhiku.Analytics.Bibliometrics;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku analyze summary [--query Q] [--no-merge]</c>: bibliometrix's main information over the works a query finds,
/// with the records merged as duplicates and the evidence; <c>--no-merge</c> counts the records as exported.
/// </summary>
internal static class AnalyzeSummaryCommand
{
    public static Command Create(CliContext context)
    {
        var scope = new AnalyzeOptions();
        var command = new Command("summary", "Descriptive bibliometrics (bibliometrix's main information)");
        scope.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var set = scope.Works(kb, parse);
            var result = SummaryAnalysis.Run(set.Works, set.Deduplication, new SummaryRequest());
            if (parse.GetValue(context.JsonOption))
            {
                AnalyzeRun.Write(context, parse, result);
                return 0;
            }

            Write(context.Output, SummaryCalculator.Compute(set.Works) with { Deduplication = set.Deduplication });
            return 0;
        }));
        return command;
    }

    private static void Write(TextWriter o, DescriptiveSummary summary)
    {
        var citations = summary.AverageCitationsPerDocument is { } average
            ? average.ToString("F2", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"unknown ({summary.DocumentsWithoutCitationCounts} documents from sources without citation counts)");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {summary.Documents}; timespan {summary.Timespan.From}:{summary.Timespan.To}; sources {summary.Sources}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"annual growth rate % {summary.AnnualGrowthRate:F2}; average citations per document {citations}; references {summary.References}"));
        o.WriteLine($"author keywords (DE) {summary.AuthorKeywords}; keywords plus (ID) {summary.KeywordsPlus}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"authors {summary.Authors}; appearances {summary.AuthorAppearances}; single-authored documents {summary.SingleAuthoredDocuments}; co-authors per document {summary.CoAuthorsPerDocument:F2}; international co-authorships % {summary.InternationalCoAuthorships:F2}"));
        o.WriteLine("annual production: " + string.Join(", ", summary.AnnualProduction.Select(p => $"{p.Key} {p.Value}")));
        if (summary.Deduplication is { } d)
        {
            o.WriteLine(d.Merged
                ? $"records {d.Records}; merged as duplicates {d.MergedRecords} (--no-merge counts the records as exported)"
                : $"records {d.Records}, counted as exported (not merged); {d.Duplicates.Count} works have several records");
            foreach (var dup in d.Duplicates)
            {
                o.WriteLine($"  {dup.Work}: {dup.Evidence} — {string.Join(" + ", dup.Records)}");
            }
        }
    }
}
