using System.Text.Json.Nodes;
using Zhiku.Access;
using Zhiku.Knowledge.Reading;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Registry;

/// <summary>
/// The checks of a case that need the store: each tag a code of the classification standard (written as the standard
/// spells it; a retired code only where the case had it already), each linked work one the actor may see, the
/// period in order.
/// </summary>
internal static class CaseValues
{
    public static void Check(WriteSession session, RegistryActor actor, RegistryKind kind, JsonObject record, JsonObject? before, List<RegistryProblem> problems)
    {
        if (kind != RegistryKind.Case)
        {
            return;
        }

        if (record["tags"] is JsonArray tags)
        {
            var terms = ClassificationRows.All(session.Sql);
            var had = (before?["tags"] as JsonArray)?.Select(t => t?.ToString()).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
            var codes = new List<string>();
            foreach (var tag in tags.Select(t => t?.ToString()).OfType<string>())
            {
                var term = terms.FirstOrDefault(t => t.Code.Equals(tag, StringComparison.OrdinalIgnoreCase));
                if (term is null)
                {
                    problems.Add(new("tags", "unknown-term", tag));
                }
                else if (term.Retired && !had.Contains(term.Code))
                {
                    problems.Add(new("tags", "retired-term", tag));
                }
                else if (!codes.Contains(term.Code))
                {
                    codes.Add(term.Code);
                }
            }

            record["tags"] = new JsonArray([.. codes.Select(c => (JsonNode)JsonValue.Create(c))]);
        }

        if (record["works"] is JsonArray works)
        {
            var ids = new List<string>();
            foreach (var work in works.Select(w => w?.ToString()).OfType<string>())
            {
                if (EntityIds.Parse('W', work) is { } id && Visible(session, actor, id))
                {
                    ids.Add("W" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    problems.Add(new("works", "unknown-work", work));
                }
            }

            record["works"] = new JsonArray([.. ids.Distinct(StringComparer.Ordinal).Select(w => (JsonNode)JsonValue.Create(w))]);
        }

        if (record["periodFrom"]?.ToString() is { } from && record["periodTo"]?.ToString() is { } to
            && string.CompareOrdinal(from[..Math.Min(from.Length, to.Length)], to[..Math.Min(from.Length, to.Length)]) > 0)
        {
            problems.Add(new("periodTo", "bad-period", $"{from} – {to}"));
        }
    }

    // A work an actor links must be one they may see: a hidden work's id is not confirmed by the answer.
    private static bool Visible(WriteSession session, RegistryActor actor, long id)
    {
        using var reader = session.Sql.Bind("SELECT owner_org, access FROM works WHERE id = $1", id).ExecuteReader();
        return reader.Read() && actor.Caller.Scope.Allows(reader.IsDBNull(0) ? null : reader.GetInt64(0), AccessLevels.Parse(reader.GetString(1)));
    }
}
