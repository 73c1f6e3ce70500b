using Zhiku.Files;
using Zhiku.Outputs;

namespace Zhiku.Formats.Registry;

/// <summary>
/// Builds an output from a row of the outputs template: the work (<see cref="WorkRows"/>) and its output record with
/// the conversion events its date columns give. A row whose conversion columns are wrong is rejected whole, naming the
/// file, the row and the column.
/// </summary>
internal static class OutputRows
{
    public static ImportItem From(RegistryRow row, RecordPosition position, string file)
    {
        var item = WorkRows.From(row, position);
        if (item is not ImportedWork work)
        {
            return item is RecordError error ? error with { Message = $"{file} {error.Message}" } : item;
        }

        var where = $"{file} row {(position.Line > 0 ? position.Line : position.Record)}";
        var events = new List<ConversionEvent>();
        try
        {
            Add(events, row, where, ConversionStage.Submitted, "output.submitted", ["output.submitted_to", "output.channel"], e => e with
            {
                SubmittedTo = row.Get("output.submitted_to"),
                Channel = Word(row, where, "output.channel", OutputVocabulary.Channels),
            });
            Add(events, row, where, ConversionStage.Instructed, "output.instructed", ["output.instruction_level", "output.instruction_gist"], e => e with
            {
                Level = Word(row, where, "output.instruction_level", OutputVocabulary.Levels),
                Gist = row.Get("output.instruction_gist"),
            });
            Add(events, row, where, ConversionStage.Adopted, "output.adopted", ["output.adopted_by", "output.adopted_how"], e => e with
            {
                AdoptedBy = row.Get("output.adopted_by"),
                How = Word(row, where, "output.adopted_how", OutputVocabulary.Ways),
            });
            AddImplemented(events, row, where);
        }
        catch (FormatException e)
        {
            return new RecordError(position, e.Message);
        }

        var evidence = row.Get("output.evidence");
        return work with
        {
            Output = new OutputFacts
            {
                Type = OutputVocabulary.Read(OutputVocabulary.Types, row.Get("kind")) ?? "其他",
                Project = row.Get("extra.project"),
                Date = work.Work.Date,
                Tags = row.Many("output.tags") is { Count: > 0 } tags ? tags : null,
                Events = [.. events.Select(e => e with { Evidence = evidence, RecordedBy = file })],
            },
        };
    }

    // 落实: the document is named by 落实文件; its date is 落实日期, or the document's own date (found when stored).
    private static void AddImplemented(List<ConversionEvent> events, RegistryRow row, string where)
    {
        var document = row.Get("output.implemented_by");
        var date = row.Get("output.implemented");
        if (document is null)
        {
            if (date is not null)
            {
                throw new FormatException($"{where}, column {row.Source("output.implemented_by")}: empty, but {row.Source("output.implemented")} is {date}: name the policy document that implements it");
            }

            return;
        }

        var next = new ConversionEvent
        {
            Stage = ConversionStage.Implemented,
            Date = date is null ? string.Empty : Day(row, where, "output.implemented"),
            ImplementedBy = document,
        };
        if (date is not null)
        {
            Check(events, next, row, where, "output.implemented");
        }
        else if (!events.Any(e => e.Stage == ConversionStage.Submitted))
        {
            throw new FormatException($"{where}, column {row.Source("output.implemented_by")}: implemented but never submitted: give {row.Source("output.submitted")} first");
        }

        events.Add(next);
    }

    private static void Add(
        List<ConversionEvent> events, RegistryRow row, string where, ConversionStage stage, string dateTarget, string[] details,
        Func<ConversionEvent, ConversionEvent> fill)
    {
        if (row.Get(dateTarget) is null)
        {
            if (details.FirstOrDefault(d => row.Get(d) is not null) is { } orphan)
            {
                throw new FormatException($"{where}, column {row.Source(dateTarget)}: empty, but {row.Source(orphan)} is {row.Get(orphan)}: give the date of this stage");
            }

            return;
        }

        var next = fill(new ConversionEvent { Stage = stage, Date = Day(row, where, dateTarget) });
        Check(events, next, row, where, dateTarget);
        events.Add(next);
    }

    private static void Check(List<ConversionEvent> events, ConversionEvent next, RegistryRow row, string where, string dateTarget)
    {
        switch (ConversionRules.Check(events, next))
        {
            case (ConversionProblem.NotSubmitted, _):
                throw new FormatException($"{where}, column {row.Source(dateTarget)}: {next.Date}, but the output was never submitted: give {row.Source("output.submitted")} first");
            case (ConversionProblem.DateBeforePrevious, { } previous):
                throw new FormatException($"{where}, column {row.Source(dateTarget)}: {next.Date} is before {previous.Date} of the earlier stage {OutputVocabulary.Name(previous.Stage)}");
        }
    }

    private static string Day(RegistryRow row, string where, string target)
    {
        var raw = row.Get(target)!;
        var iso = RegistryDates.Iso(raw);
        return ConversionRules.IsDay(iso)
            ? iso!
            : throw new FormatException($"{where}, column {row.Source(target)}: '{raw}' is not a day (write it as 2024-03-15)");
    }

    private static string? Word(RegistryRow row, string where, string target, IReadOnlyList<string> vocabulary)
    {
        var raw = row.Get(target);
        return raw is null
            ? null
            : OutputVocabulary.Read(vocabulary, raw)
              ?? throw new FormatException($"{where}, column {row.Source(target)}: '{raw}' is not one of {string.Join(", ", vocabulary)}");
    }
}
