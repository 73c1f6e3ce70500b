using Zhiku.Analytics;
using Zhiku.Formats;

namespace Zhiku.Benchmarks.Analytics;

/// <summary>
/// Synthetic but realistic keyword sets: the vocabulary and its frequency ranking come from the real WoS/Scopus files;
/// each record belongs to one of a number of topics (Zipf-distributed sizes) and draws 70% of its keywords from the
/// topic's own Zipf ranking of the vocabulary and 30% from the global ranking. Seeded, so every run sees the same data.
/// </summary>
internal static class KeywordCorpus
{
    public static List<string> Vocabulary(string shared)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var folder in new[] { "wos", "wos-tab", "scopus" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "data", "bibliographic", folder)))
            {
                var probe = FileProbe.Open(file);
                var importer = ImporterCatalog.Default.Detect(probe);
                if (importer is null)
                {
                    continue;
                }

                foreach (var work in importer.Read(new ImportSource(file, probe.Encoding), CancellationToken.None).OfType<ImportedWork>().Select(w => w.Work))
                {
                    foreach (var k in work.AuthorKeywords.Concat(work.IndexKeywords))
                    {
                        var key = k.Trim().ToUpperInvariant();
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
    }

    public static List<int[]> Records(int vocabulary, int records, int topics, long seed)
    {
        var random = new SeededRandom(seed);
        var global = Zipf(vocabulary, 1.0);
        var topicRanking = Enumerable.Range(0, topics).Select(_ => random.Permutation(vocabulary)).ToArray();
        var topicOf = Zipf(topics, 0.8);
        var result = new List<int[]>(records);
        for (var r = 0; r < records; r++)
        {
            var topic = Draw(topicOf, random);
            var count = 3 + random.Next(6) + random.Next(4);
            var items = new int[count];
            for (var k = 0; k < count; k++)
            {
                var rank = Draw(global, random);
                items[k] = random.NextDouble() < 0.7 ? topicRanking[topic][rank] : rank;
            }

            result.Add(items);
        }

        return result;
    }

    /// <summary>Cumulative Zipf probabilities ∝ 1/rank^exponent.</summary>
    private static double[] Zipf(int count, double exponent)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1 / Math.Pow(i + 1, exponent);
            cumulative[i] = total;
        }

        for (var i = 0; i < count; i++)
        {
            cumulative[i] /= total;
        }

        return cumulative;
    }

    private static int Draw(double[] cumulative, SeededRandom random)
    {
        var i = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
