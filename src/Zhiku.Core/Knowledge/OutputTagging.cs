using System.Text.Json.Nodes;
using Zhiku.Access;
using Zhiku.Outputs;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.History;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge;

/// <summary>
/// Edits an output's classification tags like the other registry edits: checked against the standard, written through
/// the change feed (the entity search's facets follow), and kept as versions of the output's history (entity
/// <c>output</c>, keyed by its work) whose first version is what the import gave.
/// </summary>
internal static class OutputTagging
{
    private const string Entity = "output";

    public static OutputDetails Set(KnowledgeBase kb, Caller caller, string outputId, IReadOnlyList<string> written, string by)
    {
        var session = kb.Read(caller);
        var output = session.Output(outputId) ?? throw new OutputEventException(OutputEventRefusal.UnknownOutput, "id", $"{outputId}: no such output");
        if (!output.MayRecord)
        {
            throw new OutputEventException(OutputEventRefusal.NotYours, "id", $"{outputId}: only its own organisation edits the tags of an output");
        }

        var workId = WorkIds.Parse(output.Id)!.Value;
        kb.Store.Write(write =>
        {
            var codes = Resolve(ClassificationRows.All(write.Sql), written, output.Tags);
            if (codes.SequenceEqual(output.Tags, StringComparer.Ordinal))
            {
                return 0L;
            }

            var history = new HistoryWriter(write);
            var last = history.LastVersion(Entity, workId);
            if (last == 0)
            {
                history.AddVersion(Entity, workId, 1, "import", Document(output.Tags), output.Access, Summary("import"));
                last = 1;
            }

            var seq = write.Changes.Append(Entity, workId, "update", null);
            write.Sql.Execute("UPDATE outputs SET tags = $1, updated_seq = $2 WHERE work_id = $3", codes.Count == 0 ? null : StoreJson.Serialize(codes), seq, workId);
            history.AddVersion(Entity, workId, last + 1, by, Document(codes), output.Access, Summary("edit"));
            return seq;
        });
        return session.Output(outputId)!;
    }

    /// <summary>The tag versions of output <paramref name="workId"/>, oldest first.</summary>
    public static IReadOnlyList<OutputTagVersion> History(StoreReader db, long workId) =>
    [
        .. HistoryRows.Versions(db, Entity, workId).Select(v => new OutputTagVersion(
            v.Version, v.Author, v.At, StoreJson.Deserialize<TagsDocument>(v.Document).Tags)),
    ];

    // Codes, or the terms' Chinese or English names; a retired term stays only on an output that had it.
    private static List<string> Resolve(IReadOnlyList<Model.ClassificationTerm> terms, IReadOnlyList<string> written, IReadOnlyList<string> had)
    {
        var codes = new List<string>();
        foreach (var raw in written.Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            var term = terms.FirstOrDefault(t => t.Code.Equals(raw, StringComparison.OrdinalIgnoreCase))
                ?? terms.FirstOrDefault(t => t.NameZh == raw || t.NameEn.Equals(raw, StringComparison.OrdinalIgnoreCase))
                ?? throw new OutputEventException(OutputEventRefusal.UnknownTag, "tags",
                    $"tags: '{raw}' is no term of the case classification standard (give its code such as instrument.pilot, or its Chinese or English name)")
                { Value = raw };
            if (term.Retired && !had.Contains(term.Code))
            {
                throw new OutputEventException(OutputEventRefusal.RetiredTag, "tags", $"tags: '{raw}' ({term.Code}) is retired from the case classification standard and tags no new output")
                { Value = raw };
            }

            if (!codes.Contains(term.Code))
            {
                codes.Add(term.Code);
            }
        }

        return codes;
    }

    private static string Document(IReadOnlyList<string> tags) => StoreJson.Serialize(new TagsDocument(tags));

    private static string Summary(string action) =>
        new JsonObject { ["action"] = action, ["fields"] = new JsonArray("tags") }.ToJsonString(StoreJson.Options);

    private sealed record TagsDocument(IReadOnlyList<string> Tags);
}
