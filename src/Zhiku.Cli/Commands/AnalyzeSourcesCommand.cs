using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze sources</c>: most productive sources, Bradford zones, source h/g/m index and most cited works.</summary>
internal static class AnalyzeSourcesCommand
{
    public static Command Create(CliContext context)
    {
        var query = AnalyzeOptions.Query();
        var top = AnalyzeOptions.Top();
        var year = AnalyzeOptions.ReferenceYear();
        var command = new Command("sources", "Most productive sources, Bradford's law, source impact, most cited works") { query, top, year };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var works = AnalyzeSummaryCommand.Works(kb, parse.GetValue(query), Caller.Owner);
            var n = parse.GetValue(top);
            var referenceYear = parse.GetValue(year) ?? works.Select(w => w.Year).Max() ?? 0;
            var sources = Productivity.Sources(works);
            var bradford = BradfordLaw.Zones(sources);
            var impact = ImpactIndices.Sources(works, referenceYear);
            var cited = Productivity.MostCited(works, referenceYear);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new
                {
                    documents = works.Count,
                    referenceYear,
                    sources = sources.Take(n),
                    bradford = new
                    {
                        zones = bradford.GroupBy(z => z.Zone).Select(g => new { zone = g.Key, sources = g.Count(), documents = g.Sum(z => z.Documents) }),
                        table = bradford.Take(n),
                    },
                    impact = impact.Take(n),
                    mostCited = cited.Take(n),
                });
                return 0;
            }

            var o = context.Output;
            o.WriteLine("source\tdocuments\tzone\th\tg\tm");
            var byName = impact.ToDictionary(i => i.Name, StringComparer.Ordinal);
            foreach (var z in bradford.Take(n))
            {
                var i = byName[z.Source];
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{z.Source}\t{z.Documents}\t{z.Zone}\t{i.H}\t{i.G}\t{i.M:F3}"));
            }

            return 0;
        }));
        return command;
    }
}
