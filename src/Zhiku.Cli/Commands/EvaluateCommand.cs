using System.CommandLine;
using Zhiku.Access;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku evaluate run|uncertainty|sensitivity|explain|admit SPEC</c>: composite indices from an evaluation spec.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("evaluate", "Build a composite index from an evaluation spec (YAML or JSON)");
        command.Subcommands.Add(EvaluateRunCommand.Create(context));
        command.Subcommands.Add(EvaluateUncertaintyCommand.Create(context));
        command.Subcommands.Add(EvaluateSensitivityCommand.Create(context));
        command.Subcommands.Add(EvaluateExplainCommand.Create(context));
        command.Subcommands.Add(EvaluateAdmitCommand.Create(context));
        return command;
    }

    /// <summary>Loads the spec; the knowledge base (--data) is opened only when the spec has knowledge-base indicators.</summary>
    public static LoadedEvaluation Load(CliContext context, ParseResult parse, Argument<string> spec)
    {
        var parsed = SpecLoader.Load(parse.GetValue(spec)!);
        if (parsed.Knowledge.Count == 0)
        {
            return LoadedEvaluation.From(parsed);
        }

        using var kb = context.Open(parse);
        var read = kb.Read(Caller.Owner);
        return LoadedEvaluation.From(parsed, read);
    }

    public static Argument<string> SpecArgument() => new("spec") { Description = "The evaluation spec (YAML or JSON; a run-log.json regenerates its run)" };

    public static Option<int> RunsOption(int fallback) => new("--runs") { Description = "Number of replications (N)", DefaultValueFactory = _ => fallback };

    public static Option<ulong> SeedOption() => new("--seed") { Description = "Random seed (the same seed gives the same result)", DefaultValueFactory = _ => 1UL };
}
