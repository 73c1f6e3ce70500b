using System.Globalization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Storage;
using Zhiku.Storage.Thesaurus;
using Zhiku.Thesaurus;

namespace Zhiku.Knowledge.Curation;

/// <summary>
/// The keyword thesaurus of a knowledge base: proposals from the keywords with their evidence, and a curator's
/// decisions — add a pair, accept or reject a proposal, remove an entry (the variant is a term of its own again).
/// Accepted entries apply to every keyword analysis, the keyword facet and search (<see cref="KeywordCanon"/>).
/// </summary>
public sealed class ThesaurusCuration(KnowledgeBase kb)
{
    /// <summary>Works out proposals from the keywords the caller may see and stores the new ones (a variant already decided or proposed is left as it is).</summary>
    public IReadOnlyList<ThesaurusEntry> Propose(Caller caller, string by)
    {
        var proposals = Visible(caller).Proposals;
        var ids = Change(session =>
        {
            var writer = new ThesaurusWriter(session);
            var added = new List<long>();
            foreach (var p in proposals.Values)
            {
                if (writer.ByVariant(Key(p.Variant)) is null && writer.ByVariant(Key(p.Preferred))?.Status != ThesaurusTerms.Accepted)
                {
                    added.Add(writer.Put(Row(p.Variant, p.Preferred, p.Kind, ThesaurusTerms.Proposed, p.Origin, p.Evidence, by)));
                }
            }

            return added;
        });
        return [.. ids.Select(id => Find(id)!)];
    }

    /// <summary>
    /// The entries the caller may see, of one status when given (proposed, accepted, rejected). Accepted entries apply
    /// to everyone and are shown to everyone; a proposal is shown only while the caller's own works still propose it,
    /// with the rules and counts of those works; a rejected entry only when the caller's works carry both forms.
    /// Counts recorded from other works are shown to the data directory's owner only.
    /// </summary>
    public IReadOnlyList<ThesaurusEntry> Entries(Caller caller, string? status = null)
    {
        if (status is not null && !ThesaurusTerms.Statuses.Contains(status))
        {
            throw new ThesaurusException("bad-status", $"there is no status '{status}': {string.Join(", ", ThesaurusTerms.Statuses)}", status);
        }

        List<ThesaurusRow> rows;
        using (var db = kb.Store.OpenReader())
        {
            rows = [.. ThesaurusRows.Entries(db, status)];
        }

        var visible = rows.Any(r => r.Status != ThesaurusTerms.Accepted) ? Visible(caller) : (new Dictionary<(string, string), ThesaurusProposal>(), new HashSet<string>(StringComparer.Ordinal));
        var shown = new List<ThesaurusEntry>(rows.Count);
        foreach (var row in rows)
        {
            if (ShowTo(caller, row, visible) is { } entry)
            {
                shown.Add(entry);
            }
        }

        return shown;
    }

    /// <summary>One entry, or null.</summary>
    public ThesaurusEntry? Find(long id)
    {
        using var db = kb.Store.OpenReader();
        return ThesaurusRows.Entry(db, id) is { } row ? Show(row) : null;
    }

    /// <summary>Adds an accepted pair by a curator (a variant already in the thesaurus is replaced).</summary>
    public ThesaurusEntry Add(string variant, string preferred, string kind, string by, string origin = "curator") =>
        Find(Change(session => AddPair(new ThesaurusWriter(session), variant, preferred, kind, by, origin)))!;

    /// <summary>Accepts a proposal (or a rejected entry) the caller may see: it applies from now on.</summary>
    public ThesaurusEntry Accept(Caller caller, long id, string by) => Decide(caller, id, ThesaurusTerms.Accepted, by);

    /// <summary>Rejects an entry the caller may see: it no longer applies and is not proposed again.</summary>
    public ThesaurusEntry Reject(Caller caller, long id, string by) => Decide(caller, id, ThesaurusTerms.Rejected, by);

    /// <summary>Removes an entry: the variant is a term of its own again (and may be proposed again).</summary>
    public void Remove(long id) => Change(session =>
    {
        var writer = new ThesaurusWriter(session);
        _ = writer.Find(id) ?? throw NotFound(id);
        writer.Remove(id);
        return 0;
    });

    /// <summary>The accepted thesaurus as analyses and search apply it now.</summary>
    public KeywordCanon Canon() => kb.Canon.Current;

    /// <summary>
    /// Imports a VOSviewer thesaurus file as accepted entries (origin import:NAME). A bad line, or a pair the thesaurus
    /// refuses (a cycle, a term that replaces itself), is skipped and reported with its line; the other lines go in.
    /// When no line could go in, the first problem is thrown, so a wrong file is an error, not an empty success.
    /// </summary>
    public ThesaurusImport Import(TextReader reader, string fileName, string by)
    {
        var file = VosviewerThesaurus.ReadLines(reader, fileName);
        var skipped = new List<ThesaurusLineProblem>(file.Problems);
        var imported = Change(session =>
        {
            var writer = new ThesaurusWriter(session);
            var count = 0;
            foreach (var (line, label, replaceBy) in file.Pairs)
            {
                try
                {
                    AddPair(writer, label, replaceBy, ThesaurusTerms.Synonym, by, "import:" + Path.GetFileName(fileName));
                    count++;
                }
                catch (ThesaurusException e)
                {
                    // AddPair checks before it writes, so a refused pair leaves nothing behind in the session.
                    skipped.Add(new ThesaurusLineProblem(line, e));
                }
            }

            return count;
        });
        skipped.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (imported == 0 && skipped.Count > 0)
        {
            throw skipped[0].Problem;
        }

        return new ThesaurusImport(imported, skipped);
    }

    /// <summary>Writes the accepted entries as a VOSviewer thesaurus file; returns how many.</summary>
    public int Export(TextWriter writer)
    {
        var accepted = Entries(Caller.Owner, ThesaurusTerms.Accepted);
        VosviewerThesaurus.Write(writer, accepted.Select(e => (e.Variant, e.Preferred)));
        return accepted.Count;
    }

    private ThesaurusEntry Decide(Caller caller, long id, string status, string by)
    {
        // An entry the caller may not see (a proposal from works they may not read) is not there for them.
        if (Find(id) is { } found && found.Status != ThesaurusTerms.Accepted && !Entries(caller, found.Status).Any(e => e.Id == id))
        {
            throw NotFound(id);
        }

        Change(session =>
        {
            var writer = new ThesaurusWriter(session);
            var row = writer.Find(id) ?? throw NotFound(id);
            if (status == ThesaurusTerms.Accepted)
            {
                RefuseCycle(writer, row.VariantKey, row.PreferredKey, row.Variant);
            }

            writer.Decide(id, status, by);
            return 0;
        });
        return Find(id)!;
    }

    private static long AddPair(ThesaurusWriter writer, string variant, string preferred, string kind, string by, string origin)
    {
        var (v, p) = (Key(variant), Key(preferred));
        if (v.Length == 0 || p.Length == 0)
        {
            throw new ThesaurusException("empty-term", "a thesaurus pair needs a variant and a preferred term");
        }

        if (v == p)
        {
            throw new ThesaurusException("same-term", $"'{variant}' and '{preferred}' are the same keyword", variant, preferred);
        }

        if (!ThesaurusTerms.Kinds.Contains(kind))
        {
            throw new ThesaurusException("bad-kind", $"there is no kind '{kind}': {string.Join(", ", ThesaurusTerms.Kinds)}", kind);
        }

        RefuseCycle(writer, v, p, variant);
        var row = Row(variant, preferred, kind, ThesaurusTerms.Accepted, origin, [], by) with { DecidedBy = by, DecidedAt = ThesaurusWriter.Now() };
        return writer.Put(row);
    }

    // Accepting variant → preferred must not lead back to the variant through accepted entries.
    private static void RefuseCycle(ThesaurusWriter writer, string variantKey, string preferredKey, string variant)
    {
        var accepted = writer.AcceptedKeys();
        accepted.Remove(variantKey);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var at = preferredKey; seen.Add(at);)
        {
            if (at == variantKey)
            {
                throw new ThesaurusException("cycle", $"'{variant}' is already the preferred term of '{preferredKey}': the pair would make a cycle", variant, preferredKey);
            }

            if (!accepted.TryGetValue(at, out var next))
            {
                return;
            }

            at = next;
        }
    }

    private T Change<T>(Func<WriteSession, T> body)
    {
        try
        {
            return kb.Store.Write(body);
        }
        finally
        {
            kb.Canon.Invalidate();
        }
    }

    private static ThesaurusRow Row(string variant, string preferred, string kind, string status, string origin, IReadOnlyList<FormEvidence> evidence, string by) =>
        new(0, variant.Trim(), Key(variant), preferred.Trim(), Key(preferred), kind, status, origin, StoreJson.Serialize(evidence), by, ThesaurusWriter.Now(), null, null);

    // The proposals and keyword keys of the works the caller may see (the analysis selection, accepted entries applied).
    private (Dictionary<(string, string), ThesaurusProposal> Proposals, HashSet<string> Keys) Visible(Caller caller)
    {
        var works = kb.Read(caller).WorksForAnalysis(null).Works;
        var keywords = works.SelectMany((w, i) => w.AuthorKeywords.Concat(w.IndexKeywords).Select(k => ((long)i, k))).ToList();
        var proposals = new Dictionary<(string, string), ThesaurusProposal>();
        foreach (var p in ThesaurusProposer.Propose(keywords))
        {
            proposals.TryAdd((Key(p.Variant), Key(p.Preferred)), p);
        }

        return (proposals, keywords.Select(k => Key(k.Item2)).ToHashSet(StringComparer.Ordinal));
    }

    private static ThesaurusEntry? ShowTo(Caller caller, ThesaurusRow row, (Dictionary<(string, string), ThesaurusProposal> Proposals, HashSet<string> Keys) visible)
    {
        var entry = Show(row);
        if (row.Status == ThesaurusTerms.Proposed)
        {
            return visible.Proposals.TryGetValue((row.VariantKey, row.PreferredKey), out var p)
                ? entry with { Variant = p.Variant, Preferred = p.Preferred, Kind = p.Kind, Origin = p.Origin, Evidence = p.Evidence }
                : null;
        }

        if (row.Status == ThesaurusTerms.Rejected && !(visible.Keys.Contains(row.VariantKey) && visible.Keys.Contains(row.PreferredKey)))
        {
            return null;
        }

        return caller.IsDataOwner ? entry : entry with { Evidence = [] };
    }

    private static ThesaurusEntry Show(ThesaurusRow row) => new(
        row.Id, row.Variant, row.Preferred, row.Kind, row.Status, row.Origin, StoreJson.Deserialize<List<FormEvidence>>(row.Evidence) ?? [],
        row.CreatedBy, row.CreatedAt, row.DecidedBy, row.DecidedAt);

    private static string Key(string keyword) => BibliometrixKeys.Keyword(keyword ?? string.Empty);

    private static ThesaurusException NotFound(long id) =>
        new("entry-not-found", $"there is no thesaurus entry {id.ToString(CultureInfo.InvariantCulture)}", id.ToString(CultureInfo.InvariantCulture));
}
