using System.CommandLine;
using System.Globalization;
using Zhiku.Analytics.Bursts;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze bursts --series FILE</c>: Kleinberg bursts of each term of a term,slice,r,d CSV.</summary>
internal static class AnalyzeBurstsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Option<string>("--series") { Description = "CSV with header term,slice,r,d", Required = true };
        var s = new Option<double>("--s") { Description = "Rate ratio s of the burst state", DefaultValueFactory = _ => 2.0 };
        var gamma = new Option<double>("--gamma") { Description = "γ: entering a burst costs γ·ln(slices)", DefaultValueFactory = _ => 1.0 };
        var command = new Command("bursts", "Detect bursts (Kleinberg's two-state model)") { file, s, gamma };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file)!;
            IReadOnlyList<TermSeries> series;
            IReadOnlyList<string> slices;
            try
            {
                using var reader = new StreamReader(path);
                (series, slices) = BurstSeriesReader.Read(reader);
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"{path}: {e.Message}", e);
            }

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
}
