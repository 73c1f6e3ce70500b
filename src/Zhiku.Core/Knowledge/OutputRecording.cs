using Zhiku.Access;
using Zhiku.Knowledge.Reading;
using Zhiku.Outputs;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Outputs;

namespace Zhiku.Knowledge;

/// <summary>Checks and records one conversion event of an output for a caller, through the store's change feed.</summary>
internal static class OutputRecording
{
    public static OutputDetails Record(KnowledgeBase kb, Caller caller, string outputId, ConversionEvent next)
    {
        var session = kb.Read(caller);
        var output = session.Output(outputId) ?? throw new OutputEventException(OutputEventRefusal.UnknownOutput, "id", $"{outputId}: no such output");
        if (!output.MayRecord)
        {
            throw new OutputEventException(OutputEventRefusal.NotYours, "id", $"{outputId}: only its own organisation records the conversion of an output");
        }

        next = Checked(next);
        long? document = null;
        if (next.Stage == ConversionStage.Implemented)
        {
            document = next.ImplementedBy is { } named && WorkIds.Parse(named) is { } d && session.Work(named) is not null && d != WorkIds.Parse(output.Id)
                ? d
                : throw new OutputEventException(OutputEventRefusal.UnknownDocument, "implementedBy",
                    $"implementedBy: '{next.ImplementedBy}' is no work you can see (give the id of the policy document, such as W42)");
            next = next with { ImplementedBy = WorkIds.Format(d) };
        }
        else
        {
            next = next with { ImplementedBy = null };
        }

        if (ConversionRules.Check(output.Events, next) is ({ } problem, var previous))
        {
            throw problem switch
            {
                ConversionProblem.NotSubmitted => new OutputEventException(OutputEventRefusal.NotSubmitted, "stage",
                    $"stage: {OutputVocabulary.Name(next.Stage)} needs the output submitted first"),
                ConversionProblem.DateBeforePrevious => new OutputEventException(OutputEventRefusal.DateBeforePrevious, "date",
                    $"date: {next.Date} is before {previous!.Date} of the earlier stage {OutputVocabulary.Name(previous.Stage)}", previous)
                { Value = next.Date },
                _ => new OutputEventException(OutputEventRefusal.BadDate, "date", $"date: '{next.Date}' is not a day (yyyy-MM-dd)") { Value = next.Date },
            };
        }

        var workId = WorkIds.Parse(output.Id)!.Value;
        var added = kb.Store.Write(write => new OutputWriter(write, batchId: null).AddEvent(workId, next, document));
        return added
            ? session.Output(outputId)!
            : throw new OutputEventException(OutputEventRefusal.AlreadyRecorded, "date",
                $"date: the output has a {OutputVocabulary.Name(next.Stage)} event on {next.Date} already")
            { Value = next.Date };
    }

    // The closed vocabularies read in Chinese or English; a word outside them names its field.
    private static ConversionEvent Checked(ConversionEvent e)
    {
        if (!ConversionRules.IsDay(e.Date))
        {
            throw new OutputEventException(OutputEventRefusal.BadDate, "date", $"date: '{e.Date}' is not a day (yyyy-MM-dd)");
        }

        return e with
        {
            Channel = Word("channel", e.Channel, OutputVocabulary.Channels),
            Level = Word("level", e.Level, OutputVocabulary.Levels),
            How = Word("how", e.How, OutputVocabulary.Ways),
            RecordedAt = DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string? Word(string field, string? value, IReadOnlyList<string> vocabulary) =>
        string.IsNullOrWhiteSpace(value)
            ? null
            : OutputVocabulary.Read(vocabulary, value)
              ?? throw new OutputEventException(OutputEventRefusal.BadValue, field, $"{field}: '{value}' is not one of {string.Join(", ", vocabulary)}");
}
