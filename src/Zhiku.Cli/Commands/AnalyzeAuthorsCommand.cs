using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze authors</c>: most productive authors, institutions and countries, Lotka's law, author h/g/m index.</summary>
internal static class AnalyzeAuthorsCommand
{
    public static Command Create(CliContext context)
    {
        var query = AnalyzeOptions.Query();
        var top = AnalyzeOptions.Top();
        var year = AnalyzeOptions.ReferenceYear();
        var command = new Command("authors", "Most productive authors, institutions, countries; Lotka's law; author impact") { query, top, year };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var works = AnalyzeSummaryCommand.Works(kb, parse.GetValue(query), Caller.Owner);
            var n = parse.GetValue(top);
            var referenceYear = parse.GetValue(year) ?? works.Select(w => w.Year).Max() ?? 0;
            var authors = Productivity.Authors(works);
            var lotka = LotkaLaw.Fit(authors);
            var impact = ImpactIndices.Authors(works, referenceYear);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new
                {
                    documents = works.Count,
                    referenceYear,
                    authors = authors.Take(n),
                    authorsFractional = authors.OrderByDescending(a => a.Fractional).ThenBy(a => a.Name, StringComparer.Ordinal).Take(n),
                    institutions = Productivity.Institutions(works).Take(n),
                    countries = Productivity.Countries(works).Take(n),
                    lotka = new
                    {
                        table = lotka.Table,
                        beta = Finite(lotka.Beta),
                        c = Finite(lotka.C),
                        rSquared = Finite(lotka.RSquared),
                        ksStatistic = Finite(lotka.KsStatistic),
                        ksPValue = Finite(lotka.KsPValue),
                    },
                    impact = impact.Take(n),
                });
                return 0;
            }

            var o = context.Output;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lotka: beta {lotka.Beta:F4}, C {lotka.C:F4}, R² {lotka.RSquared:F4}, KS p {lotka.KsPValue:F4}"));
            o.WriteLine("author\tdocuments\tfractional");
            foreach (var a in authors.Take(n))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Name}\t{a.Documents}\t{a.Fractional:F2}"));
            }

            return 0;
        }));
        return command;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
