using System.CommandLine;
using Zhiku.Cli.Output;
using Zhiku.Evaluation.Admission;
using Zhiku.Evaluation.Pipeline;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku evaluate admit SPEC</c>: each unit's pass or fail on the spec's admission rules, with evidence.</summary>
internal static class EvaluateAdmitCommand
{
    public static Command Create(CliContext context)
    {
        var spec = EvaluateCommand.SpecArgument();
        var command = new Command("admit", "Check the spec's admission rules (minimum staff, funding, outputs, events) on every unit") { spec };
        command.SetAction(parse => context.Guard(() =>
        {
            var loaded = EvaluateCommand.Load(context, parse, spec);
            if (loaded.Spec.Admission.Count == 0)
            {
                throw new InvalidOperationException("admit: the spec declares no 'admission' rules");
            }

            var decisions = AdmissionRules.Evaluate(loaded.Data, loaded.Spec.Admission);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new
                {
                    engine = EngineInfo.Version,
                    dataSha256 = loaded.DataSha256,
                    rules = loaded.Spec.Admission,
                    admitted = decisions.Count(d => d.Admitted),
                    units = decisions,
                });
                return 0;
            }

            var o = context.Output;
            foreach (var d in decisions)
            {
                o.WriteLine($"{d.UCode}\t{(d.Admitted ? "admitted" : "refused")}\t{string.Join("; ", d.Checks.Select(c => (c.Passed ? "✓ " : "✗ ") + c.Evidence))}");
            }

            o.WriteLine($"{decisions.Count(d => d.Admitted)} of {decisions.Count} unit(s) admitted");
            return 0;
        }));
        return command;
    }
}
