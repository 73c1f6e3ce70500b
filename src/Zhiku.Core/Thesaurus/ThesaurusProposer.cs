using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Thesaurus;

/// <summary>
/// Proposes thesaurus pairs from the keywords of works: forms with one normal form (<see cref="KeywordForms"/>:
/// hyphen/space, plural, leading article, ampersand, "X (Y)"), an acronym with its expansion (seen as "X (Y)", or
/// the acronym and the expansion in one work), and a Chinese and an English keyword that go together (in at least
/// two works, and in most works of either). Each group's preferred term is its form in most works (an expansion
/// before its acronym); every other form is proposed as its variant with how many works use each form.
/// </summary>
internal static class ThesaurusProposer
{
    public static List<ThesaurusProposal> Propose(IEnumerable<(long WorkId, string Label)> keywords)
    {
        var works = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (work, label) in keywords)
        {
            var key = BibliometrixKeys.Keyword(label);
            if (key.Length == 0)
            {
                continue;
            }

            if (!works.TryGetValue(key, out var set))
            {
                works[key] = set = [];
                labels[key] = label.Trim();
            }

            set.Add(work);
        }

        var groups = new UnionFind();
        var normals = new Dictionary<string, string>(StringComparer.Ordinal);
        var parenthesised = new List<(string Key, string Acronym, string Normal)>();
        foreach (var key in works.Keys)
        {
            if (key.Any(LanguageGuess.IsCjk))
            {
                continue;
            }

            var (normal, acronym) = KeywordForms.Normalise(key);
            groups.Union(key, "n:" + normal);
            normals[key] = normal;
            if (acronym is not null)
            {
                parenthesised.Add((key, acronym, normal));
            }
        }

        var acronyms = new HashSet<string>(StringComparer.Ordinal);

        // "X (Y)": Y stands for X wherever Y is a keyword of its own.
        foreach (var (_, acronym, normal) in parenthesised)
        {
            var (plain, _) = KeywordForms.Normalise(acronym);
            groups.Union("n:" + plain, "n:" + normal);
            acronyms.Add(plain);
        }

        // An acronym and an expansion whose initials it is, keywords of one work.
        var expansions = normals.Where(p => p.Value.Contains(' ', StringComparison.Ordinal))
            .SelectMany(p => KeywordForms.Initials(p.Value).Select(i => (Initials: i, p.Key)))
            .ToLookup(p => p.Initials, p => p.Key, StringComparer.Ordinal);
        foreach (var key in works.Keys.Where(k => KeywordForms.IsAcronym(k) && expansions.Contains(k)))
        {
            foreach (var expansion in expansions[key].Where(e => works[e].Overlaps(works[key])))
            {
                groups.Union(key, expansion);
                acronyms.Add(normals[key]);
            }
        }

        var proposals = new List<ThesaurusProposal>();
        foreach (var members in works.Keys.Where(k => !k.Any(LanguageGuess.IsCjk)).GroupBy(groups.Find).Select(g => g.ToList()).Where(g => g.Count > 1))
        {
            var preferred = members.OrderBy(k => acronyms.Contains(normals[k]) ? 1 : 0).ThenByDescending(k => works[k].Count)
                .ThenBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).First();
            foreach (var variant in members.Where(k => k != preferred).OrderByDescending(k => works[k].Count).ThenBy(k => k, StringComparer.Ordinal))
            {
                var isAcronym = acronyms.Contains(normals[variant]);
                var rules = isAcronym
                    ? (IReadOnlyList<string>)[parenthesised.Any(p => KeywordForms.Normalise(p.Acronym).Normal == normals[variant]) ? "parenthesised-acronym" : "acronym-together"]
                    : KeywordForms.RulesBetween(variant, preferred);
                proposals.Add(new(labels[variant], labels[preferred], isAcronym ? ThesaurusTerms.Acronym : ThesaurusTerms.Spelling, rules, Evidence(works, labels, variant, preferred)));
            }
        }

        proposals.AddRange(ChineseEnglish(works, labels));
        return proposals;
    }

    // A Chinese and an English keyword in at least two works together, and together in most works of each.
    private static IEnumerable<ThesaurusProposal> ChineseEnglish(Dictionary<string, HashSet<long>> works, Dictionary<string, string> labels)
    {
        var byWork = new Dictionary<long, List<string>>();
        foreach (var (key, set) in works)
        {
            foreach (var work in set)
            {
                (byWork.TryGetValue(work, out var list) ? list : byWork[work] = []).Add(key);
            }
        }

        var together = new Dictionary<(string Zh, string En), int>();
        foreach (var keys in byWork.Values)
        {
            var zh = keys.Where(k => k.Any(LanguageGuess.IsCjk)).ToList();
            var en = keys.Where(k => !k.Any(LanguageGuess.IsCjk) && k.Any(char.IsAsciiLetter)).ToList();
            foreach (var z in zh)
            {
                foreach (var e in en)
                {
                    together[(z, e)] = together.GetValueOrDefault((z, e)) + 1;
                }
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ((zh, en), count) in together.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Zh, StringComparer.Ordinal).ThenBy(p => p.Key.En, StringComparer.Ordinal))
        {
            if (count >= 2 && count * 4 >= works[zh].Count * 3 && count * 4 >= works[en].Count * 3 && used.Add(zh) && used.Add(en))
            {
                yield return new(labels[en], labels[zh], ThesaurusTerms.ZhEn, ["zh-en-together"], Evidence(works, labels, en, zh));
            }
        }
    }

    private static List<FormEvidence> Evidence(Dictionary<string, HashSet<long>> works, Dictionary<string, string> labels, string variant, string preferred)
    {
        var both = works[variant].Count(works[preferred].Contains);
        return [new(labels[variant], works[variant].Count, both), new(labels[preferred], works[preferred].Count, both)];
    }

    private sealed class UnionFind
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public string Find(string x)
        {
            if (!_parent.TryGetValue(x, out var p))
            {
                _parent[x] = x;
                return x;
            }

            if (p == x)
            {
                return x;
            }

            var root = Find(p);
            _parent[x] = root;
            return root;
        }

        public void Union(string a, string b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                _parent[ra] = rb;
            }
        }
    }
}
