using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Thesaurus;

/// <summary>
/// The accepted thesaurus as the analyses, facets and search apply it: every variant's keyword key resolves to its
/// preferred term (chains followed: a preferred term that is itself a variant of another goes on to that one), and
/// each preferred term knows all its forms. Immutable; <see cref="Empty"/> changes nothing.
/// </summary>
public sealed class KeywordCanon
{
    private readonly Dictionary<string, string> _preferred;
    private readonly Dictionary<string, IReadOnlyList<string>> _forms;

    private KeywordCanon(Dictionary<string, string> preferred, Dictionary<string, IReadOnlyList<string>> forms, (long, long) stamp)
    {
        _preferred = preferred;
        _forms = forms;
        Stamp = stamp;
    }

    /// <summary>No entries.</summary>
    public static KeywordCanon Empty { get; } = new([], [], (0, 0));

    /// <summary>The store's thesaurus version this canon was built from.</summary>
    public (long Seq, long Count) Stamp { get; }

    /// <summary>How many variants resolve to another term.</summary>
    public int Count => _preferred.Count;

    /// <summary>Builds the canon of accepted pairs (variant, preferred term), as written.</summary>
    public static KeywordCanon Build(IEnumerable<(string Variant, string Preferred)> accepted, (long, long) stamp = default)
    {
        var direct = new Dictionary<string, (string Key, string Label)>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (variant, preferred) in accepted)
        {
            var (v, p) = (BibliometrixKeys.Keyword(variant), BibliometrixKeys.Keyword(preferred));
            if (v.Length == 0 || p.Length == 0 || v == p)
            {
                continue;
            }

            direct[v] = (p, preferred.Trim());
            labels.TryAdd(v, variant.Trim());
        }

        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in direct.Keys)
        {
            // Follow the chain to a term that is no variant; a cycle (refused when written) stops where it closes.
            var (target, label) = direct[key];
            var seen = new HashSet<string>(StringComparer.Ordinal) { key };
            while (direct.TryGetValue(target, out var next) && seen.Add(target))
            {
                (target, label) = next;
            }

            resolved[key] = label;
            if (!forms.TryGetValue(target, out var list))
            {
                forms[target] = list = [label];
            }

            list.Add(labels[key]);
        }

        return new(resolved, forms.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Distinct(StringComparer.OrdinalIgnoreCase)], StringComparer.Ordinal), stamp);
    }

    /// <summary>The preferred term of a keyword (as written), or the keyword itself when the thesaurus does not name it.</summary>
    public string Preferred(string keyword) =>
        _preferred.TryGetValue(BibliometrixKeys.Keyword(keyword), out var label) ? label : keyword;

    /// <summary>All forms of the term a keyword belongs to (its preferred term first), or none when the thesaurus does not name it.</summary>
    public IReadOnlyList<string> Forms(string keyword)
    {
        var key = BibliometrixKeys.Keyword(keyword);
        var target = _preferred.TryGetValue(key, out var label) ? BibliometrixKeys.Keyword(label) : key;
        return _forms.TryGetValue(target, out var forms) ? forms : [];
    }

    /// <summary>Rewrites a work's author, index and machine keywords to their preferred terms (one each: two variants of one work count once).</summary>
    public void Apply(WorkRecord work)
    {
        if (_preferred.Count == 0)
        {
            return;
        }

        work.AuthorKeywords = Rewrite(work.AuthorKeywords);
        work.IndexKeywords = Rewrite(work.IndexKeywords);
        work.MachineKeywords = Rewrite(work.MachineKeywords);
    }

    /// <summary>Keyword counts (a facet) with the variants' counts added to their preferred term.</summary>
    public Dictionary<string, int> Merge(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var merged = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyword, count) in counts)
        {
            var preferred = Preferred(keyword);
            merged[preferred] = merged.GetValueOrDefault(preferred) + count;
        }

        return merged;
    }

    private List<string> Rewrite(List<string> keywords)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>(keywords.Count);
        foreach (var keyword in keywords)
        {
            var preferred = Preferred(keyword);
            if (seen.Add(BibliometrixKeys.Keyword(preferred)))
            {
                list.Add(preferred);
            }
        }

        return list;
    }
}
