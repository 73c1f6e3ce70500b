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
        // The keywords as the works carry them (the store's topics fold some forms together), accepted entries applied.
        var works = kb.Read(caller).WorksForAnalysis(null).Works;
        var proposals = ThesaurusProposer.Propose(works.SelectMany((w, i) => w.AuthorKeywords.Concat(w.IndexKeywords).Select(k => ((long)i, k))));

        var ids = Change(session =>
        {
            var writer = new ThesaurusWriter(session);
            var added = new List<long>();
            foreach (var p in proposals)
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

    /// <summary>The entries, of one status when given (proposed, accepted, rejected).</summary>
    public IReadOnlyList<ThesaurusEntry> Entries(string? status = null)
    {
        if (status is not null && !ThesaurusTerms.Statuses.Contains(status))
        {
            throw new ThesaurusException("bad-status", $"there is no status '{status}': {string.Join(", ", ThesaurusTerms.Statuses)}");
        }

        using var db = kb.Store.OpenReader();
        return [.. ThesaurusRows.Entries(db, status).Select(Show)];
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

    /// <summary>Accepts a proposal (or a rejected entry): it applies from now on.</summary>
    public ThesaurusEntry Accept(long id, string by) => Decide(id, ThesaurusTerms.Accepted, by);

    /// <summary>Rejects an entry: it no longer applies and is not proposed again.</summary>
    public ThesaurusEntry Reject(long id, string by) => Decide(id, ThesaurusTerms.Rejected, by);

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

    /// <summary>Imports a VOSviewer thesaurus file as accepted entries (origin import:NAME); returns how many.</summary>
    public int Import(TextReader reader, string fileName, string by)
    {
        var pairs = VosviewerThesaurus.Read(reader, fileName);
        return Change(session =>
        {
            var writer = new ThesaurusWriter(session);
            foreach (var (_, label, replaceBy) in pairs)
            {
                AddPair(writer, label, replaceBy, ThesaurusTerms.Synonym, by, "import:" + Path.GetFileName(fileName));
            }

            return pairs.Count;
        });
    }

    /// <summary>Writes the accepted entries as a VOSviewer thesaurus file; returns how many.</summary>
    public int Export(TextWriter writer)
    {
        var accepted = Entries(ThesaurusTerms.Accepted);
        VosviewerThesaurus.Write(writer, accepted.Select(e => (e.Variant, e.Preferred)));
        return accepted.Count;
    }

    private ThesaurusEntry Decide(long id, string status, string by)
    {
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
            throw new ThesaurusException("same-term", $"'{variant}' and '{preferred}' are the same keyword");
        }

        if (!ThesaurusTerms.Kinds.Contains(kind))
        {
            throw new ThesaurusException("bad-kind", $"there is no kind '{kind}': {string.Join(", ", ThesaurusTerms.Kinds)}");
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
                throw new ThesaurusException("cycle", $"'{variant}' is already the preferred term of '{preferredKey}': the pair would make a cycle");
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

    private static ThesaurusEntry Show(ThesaurusRow row) => new(
        row.Id, row.Variant, row.Preferred, row.Kind, row.Status, row.Origin, StoreJson.Deserialize<List<FormEvidence>>(row.Evidence) ?? [],
        row.CreatedBy, row.CreatedAt, row.DecidedBy, row.DecidedAt);

    private static string Key(string keyword) => BibliometrixKeys.Keyword(keyword ?? string.Empty);

    private static ThesaurusException NotFound(long id) =>
        new("entry-not-found", $"there is no thesaurus entry {id.ToString(CultureInfo.InvariantCulture)}");
}
