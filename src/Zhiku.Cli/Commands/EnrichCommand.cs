using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.Knowledge.Enriching;
using Zhiku.Model;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku enrich keywords|review|accept|reject</c>: machine-made keywords for the works, proposed in a resumable
/// batch and reviewed by confidence; accepted ones count in search, facets and analyses.
/// </summary>
internal static class EnrichCommand
{
    public static Command Create(CliContext context) => new("enrich", "Machine-made enrichments of the works: propose, then review")
    {
        Keywords(context), Review(context), Decide(context, EnrichmentStates.Accepted), Decide(context, EnrichmentStates.Rejected),
    };

    private static Command Keywords(CliContext context)
    {
        var query = new Option<string?>("--query") { Description = "Enrich only the works this query finds (default: all)" };
        var again = new Option<bool>("--again") { Description = "Also the works this model version has enriched before (values once stored are not proposed again)" };
        var command = new Command("keywords", "Propose keywords and key phrases (TF-IDF against the knowledge base with TextRank); resumes where an interrupted run stopped")
        {
            query, again,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var progress = new Progress(context.Error);
            var run = new KeywordEnrichment(kb).Run(Caller.Owner, parse.GetValue(query), parse.GetValue(again), progress);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, run);
                return 0;
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Enriched} works enriched, {run.Skipped} skipped (enriched before by {run.Model} {run.ModelVersion}), {run.Proposed} keywords proposed"));
            return 0;
        }));
        return command;
    }

    private static Command Review(CliContext context)
    {
        var field = new Option<string>("--field") { Description = "The enriched field (keywords)", DefaultValueFactory = _ => "keywords" };
        var above = new Option<double>("--accept-above") { Description = "Accept the proposals whose confidence (0–1) is above this", Required = true };
        var below = new Option<double?>("--reject-below") { Description = "Also reject the proposals whose confidence is below this" };
        var command = new Command("review", "Accept (and reject) proposals in bulk by confidence") { field, above, below };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var review = new KeywordEnrichment(kb).Review(Caller.Owner, parse.GetValue(field)!, parse.GetValue(above), parse.GetValue(below), Reviewer());
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, review);
                return 0;
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{review.Accepted} accepted, {review.Rejected} rejected, {review.LeftProposed} left proposed"));
            return 0;
        }));
        return command;
    }

    private static Command Decide(CliContext context, string state)
    {
        var id = new Argument<long>("id") { Description = "The enrichment's id (zhiku show ID --json lists them)" };
        var name = state == EnrichmentStates.Accepted ? "accept" : "reject";
        var command = new Command(name, state == EnrichmentStates.Accepted ? "Accept one enrichment: it counts from now on" : "Reject one enrichment: it does not count and is not proposed again") { id };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var enrichment = new KeywordEnrichment(kb).Decide(Caller.Owner, parse.GetValue(id), state, Reviewer());
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, enrichment);
                return 0;
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{enrichment.Id} {enrichment.State} {enrichment.Field}: {enrichment.Value}"));
            return 0;
        }));
        return command;
    }

    private static string Reviewer() => "cli:" + Environment.UserName;

    /// <summary>Progress on standard error, one line per chunk, so that standard output stays the result.</summary>
    private sealed class Progress(TextWriter error) : IProgress<EnrichmentProgress>
    {
        public void Report(EnrichmentProgress value) =>
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"enrich: {value.Done}/{value.Total} works"));
    }
}
