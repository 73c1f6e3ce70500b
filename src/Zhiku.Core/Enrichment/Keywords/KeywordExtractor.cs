namespace Zhiku.Enrichment.Keywords;

/// <summary>
/// Keywords and key phrases of one document: every run of up to three adjacent content words is a candidate (so 科技 +
/// 智库 gives 科技智库, "citation" + "analysis" gives "citation analysis"); a candidate scores its term frequency (title
/// occurrences count <see cref="TitleWeight"/> times) × its IDF in the knowledge base × the square root of its words'
/// mean TextRank (Mihalcea and Tarau 2004: PageRank over the co-occurrence graph of the content words, window
/// <see cref="Window"/>). A phrase needs two occurrences (or one in the title); a word seen almost only inside a chosen
/// phrase is left out for it.
/// </summary>
public sealed class KeywordExtractor(KeywordText text, DocumentFrequencies frequencies)
{
    /// <summary>How many times an occurrence in the title counts.</summary>
    public const int TitleWeight = 3;

    /// <summary>The co-occurrence window of TextRank, in content words.</summary>
    public const int Window = 5;

    private const double Damping = 0.85;
    private const int Iterations = 30;

    /// <summary>The best <paramref name="count"/> keywords of a document, best first.</summary>
    public IReadOnlyList<ScoredKeyword> Extract(string title, string body, int count)
    {
        var titleWords = text.Words(title);
        var bodyWords = text.Words(body);
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        var parts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Count(titleWords, TitleWeight, tf, parts);
        Count(bodyWords, 1, tf, parts);
        foreach (var noise in tf.Keys.Where(k => text.Drops(k) || text.Generic(parts[k])).ToList())
        {
            tf.Remove(noise);
        }

        if (tf.Count == 0)
        {
            return [];
        }

        var rank = TextRank([.. titleWords.Concat(bodyWords).OfType<string>()]);
        var scored = new List<(string Candidate, double Score)>();
        foreach (var (candidate, frequency) in tf)
        {
            var words = parts[candidate];
            if (words.Length > 1 && frequency < 2)
            {
                continue;
            }

            var meanRank = words.Average(w => rank.GetValueOrDefault(w));
            scored.Add((candidate, frequency * frequencies.Idf(candidate) * Math.Sqrt(meanRank)));
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Candidate, b.Candidate));
        var chosen = new List<(string Candidate, double Score)>();
        foreach (var candidate in scored)
        {
            if (chosen.Count == count)
            {
                break;
            }

            // A word that occurs (nearly) only inside an already chosen phrase adds nothing beside it.
            if (chosen.Any(c => parts[c.Candidate].Length > parts[candidate.Candidate].Length
                && Contains(parts[c.Candidate], parts[candidate.Candidate]) && tf[candidate.Candidate] - tf[c.Candidate] < 2))
            {
                continue;
            }

            chosen.Add(candidate);
        }

        var best = chosen.Count > 0 ? chosen[0].Score : 1;
        return [.. chosen.Select(c => new ScoredKeyword(c.Candidate, c.Score, Math.Round(c.Score / best, 3)))];
    }

    private static void Count(List<string?> words, int weight, Dictionary<string, double> tf, Dictionary<string, string[]> parts)
    {
        foreach (var (candidate, start, length) in KeywordText.Candidates(words))
        {
            tf[candidate] = tf.GetValueOrDefault(candidate) + weight;
            if (!parts.ContainsKey(candidate))
            {
                parts[candidate] = [.. words.Skip(start).Take(length).OfType<string>()];
            }
        }
    }

    // TextRank scores scaled so that their mean is 1 (a word of average centrality keeps its TF-IDF).
    private static Dictionary<string, double> TextRank(List<string> sequence)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in sequence)
        {
            index.TryAdd(word, index.Count);
        }

        var n = index.Count;
        var edges = new Dictionary<int, double>[n];
        for (var i = 0; i < n; i++)
        {
            edges[i] = [];
        }

        for (var i = 0; i < sequence.Count; i++)
        {
            var a = index[sequence[i]];
            for (var j = i + 1; j < Math.Min(sequence.Count, i + Window); j++)
            {
                var b = index[sequence[j]];
                if (a != b)
                {
                    edges[a][b] = edges[a].GetValueOrDefault(b) + 1;
                    edges[b][a] = edges[b].GetValueOrDefault(a) + 1;
                }
            }
        }

        var strength = edges.Select(e => e.Values.Sum()).ToArray();
        var score = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            for (var a = 0; a < n; a++)
            {
                foreach (var (b, weight) in edges[a])
                {
                    next[b] += score[a] * weight / strength[a];
                }
            }

            for (var a = 0; a < n; a++)
            {
                next[a] = (1 - Damping) + (Damping * next[a]);
            }

            score = next;
        }

        var mean = n > 0 ? score.Average() : 1;
        return index.ToDictionary(p => p.Key, p => score[p.Value] / mean, StringComparer.Ordinal);
    }

    private static bool Contains(string[] phrase, string[] part)
    {
        for (var i = 0; i + part.Length <= phrase.Length; i++)
        {
            if (phrase.AsSpan(i, part.Length).SequenceEqual(part))
            {
                return true;
            }
        }

        return false;
    }
}
