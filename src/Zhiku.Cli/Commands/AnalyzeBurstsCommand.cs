using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Terms;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku analyze bursts</c>: Kleinberg bursts of each term of a term,slice,r,d CSV (<c>--series FILE</c>), or of the
/// keywords, title/abstract terms or cited references of the works a query finds, by publication year (<c>--field</c>).
/// </summary>
internal static class AnalyzeBurstsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Option<string?>("--series") { Description = "CSV with header term,slice,r,d" };
        var query = AnalyzeOptions.Query();
        var field = new Option<string?>("--field") { Description = "keywords|terms|references: series by year from the works (instead of --series)" };
        var minimum = new Option<int>("--min-occurrences") { Description = "With --field: items in at least N documents", DefaultValueFactory = _ => 2 };
        var s = new Option<double>("--s") { Description = "Rate ratio s of the burst state", DefaultValueFactory = _ => 2.0 };
        var gamma = new Option<double>("--gamma") { Description = "γ: entering a burst costs γ·ln(slices)", DefaultValueFactory = _ => 1.0 };
        var command = new Command("bursts", "Detect bursts (Kleinberg's two-state model)") { file, query, field, minimum, s, gamma };
        command.SetAction(parse => context.Guard(() =>
        {
            var (series, slices) = parse.GetValue(file) is { } path ? FromFile(path)
                : parse.GetValue(field) is { } f ? FromWorks(context, parse, parse.GetValue(query), f, parse.GetValue(minimum))
                : throw new ArgumentException("give --series FILE or --field keywords|terms|references");

            var report = BurstDetection.Run(series, slices, new BurstOptions { S = parse.GetValue(s), Gamma = parse.GetValue(gamma) });
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new
                {
                    bursts = report.Bursts.Select(b => new { term = b.Term, start = b.Start, end = b.End, weight = b.Weight }),
                    slices = report.Slices,
                    terms = series.Count,
                    parameters = report.Options,
                });
                return 0;
            }

            foreach (var b in report.Bursts)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{b.Term}\t{b.Start}\t{b.End}\t{b.Weight:F4}"));
            }

            return 0;
        }));
        return command;
    }

    private static (IReadOnlyList<TermSeries>, IReadOnlyList<string>) FromFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return BurstSeriesReader.Read(reader);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }

    private static (IReadOnlyList<TermSeries>, IReadOnlyList<string>) FromWorks(CliContext context, ParseResult parse, string? query, string field, int minimum)
    {
        using var kb = context.Open(parse);
        var works = AnalyzeSummaryCommand.Works(kb, query, Caller.Owner);
        var extractor = field == "terms" ? new TermExtractor(Zhiku.Text.Segmentation.ChineseSegmenter.Default) : null;
        Func<Zhiku.Model.WorkRecord, IReadOnlyList<string>> items = field switch
        {
            "keywords" => w => [.. w.AuthorKeywords.Concat(w.IndexKeywords).Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0)],
            "references" => w => [.. w.References.Select(BibliometrixKeys.Reference).Where(k => k.Length > 0)],
            "terms" => w => extractor!.Extract(w.Titles.Concat(w.Abstracts).Select(t => t.Text)),
            _ => throw new ArgumentException($"--field: unknown value '{field}' (use keywords|terms|references)"),
        };
        return YearlySeries.Build([.. works.Select(w => (w.Year, items(w)))], minimum);
    }
}
