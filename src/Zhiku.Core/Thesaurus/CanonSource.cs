using Zhiku.Storage;
using Zhiku.Storage.Thesaurus;

namespace Zhiku.Thesaurus;

/// <summary>
/// The knowledge base's current <see cref="KeywordCanon"/>: rebuilt when the store's thesaurus stamp moves. A change
/// made through this knowledge base is seen at once; one made by another node of the same store within
/// <see cref="Recheck"/> (the stamp is read at most that often, not on every search).
/// </summary>
internal sealed class CanonSource(KnowledgeStore store)
{
    /// <summary>How long a canon is used before the store's stamp is read again.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private KeywordCanon? _canon;
    private DateTime _checked;

    public KeywordCanon Current
    {
        get
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                if (_canon is not null && now - _checked < Recheck)
                {
                    return _canon;
                }

                using var db = store.OpenReader();
                var stamp = ThesaurusRows.Stamp(db);
                if (_canon is null || _canon.Stamp != stamp)
                {
                    _canon = KeywordCanon.Build(ThesaurusRows.Entries(db, ThesaurusTerms.Accepted).Select(r => (r.Variant, r.Preferred)), stamp);
                }

                _checked = now;
                return _canon;
            }
        }
    }

    /// <summary>Reads the store again at the next use (after a change through this knowledge base).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _checked = DateTime.MinValue;
        }
    }
}
