using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Zhiku.Access;
using Zhiku.Experts;
using Zhiku.Importing.Pipeline;
using Zhiku.Search;
using Zhiku.Search.Analysis;
using Zhiku.Search.Indexing;
using Zhiku.Search.Querying;
using Zhiku.Storage;
using Zhiku.Tests.Shared.Experts;

namespace Zhiku.Benchmarks.Experts;

/// <summary>
/// Expert finding on the NBER test collection (queries: the 21 programme names; relevant: authors with at least 3
/// papers in the programme), imported without the programme links: MAP and NDCG@10 of Zhiku's document-centric
/// ranking beside a BM25 author-profile baseline (each author one document of their papers' titles) in the same run.
/// </summary>
internal static class ExpertsBenchmark
{
    private const int Depth = 1000;

    public static int Run(string[] args)
    {
        var shared = SharedLocator.Find() ?? throw new InvalidOperationException("shared data not found (set ZHIKU_SHARED)");
        var nber = Path.Combine(shared, "data", "registries", "nber");
        var work = Path.Combine(Path.GetTempPath(), "zhiku-experts-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var collection = NberExpertCollection.Read(nber);
            var papers = collection.WriteWithoutProgrammes(Path.Combine(work, "nber"));
            var clock = Stopwatch.StartNew();
            using var kb = Zhiku.Knowledge.KnowledgeBase.Open(new DataDirectory(Path.Combine(work, "data")));
            kb.Import([papers], new ImportOptions());
            Console.WriteLine($"imported {collection.Papers:N0} papers without programme links in {clock.Elapsed.TotalSeconds:F1} s");

            var read = kb.Read(Caller.Owner);
            var baseline = Baseline(papers);
            var rankings = new (string Name, ExpertRanking Ranking)[]
            {
                ("zhiku (default: expCombMNZ, sharpness 5, 1/sqrt(n), half-life 10 y)", ExpertRanking.Default),
                ("  variant: CombSUM (no MNZ)", ExpertRanking.Default with { Mnz = false }),
                ("  variant: sharpness 0 (CombMNZ of equal votes)", ExpertRanking.Default with { Sharpness = 0 }),
                ("  variant: share 1/n", ExpertRanking.Default with { AuthorExponent = 1 }),
                ("  variant: no recency decay", ExpertRanking.Default with { HalfLife = 0 }),
            };
            Console.WriteLine($"{"ranking",-70} {"MAP",7} {"NDCG@10",8} {"ms/query",9}");
            foreach (var (name, ranking) in rankings)
            {
                clock.Restart();
                var (map, ndcg) = Score(collection, q => [.. read.FindExperts(q, Depth, ranking).Experts.Select(e => e.Ids.GetValueOrDefault("nber") ?? e.Id)]);
                Console.WriteLine($"{name,-70} {map,7:F4} {ndcg,8:F4} {clock.Elapsed.TotalMilliseconds / collection.Programmes.Count,9:F0}");
            }

            clock.Restart();
            var (bMap, bNdcg) = Score(collection, baseline);
            Console.WriteLine($"{"BM25 author profiles (titles concatenated)",-70} {bMap,7:F4} {bNdcg,8:F4} {clock.Elapsed.TotalMilliseconds / collection.Programmes.Count,9:F0}");
            return 0;
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (double Map, double Ndcg) Score(NberExpertCollection collection, Func<string, List<string>> rank)
    {
        double map = 0, ndcg = 0;
        foreach (var (code, name) in collection.Programmes)
        {
            var ranked = rank(name);
            map += NberExpertCollection.AveragePrecision(ranked, collection.Relevant[code]);
            ndcg += NberExpertCollection.Ndcg(ranked, collection.Relevant[code], 10);
        }

        return (map / collection.Programmes.Count, ndcg / collection.Programmes.Count);
    }

    // The profile-centric baseline: one Lucene document per author holding all their titles, BM25 (k1 1.2, b 0.75), the
    // same analyzers and query parsing (words OR-ed) as Zhiku's works search.
    private static Func<string, List<string>> Baseline(string papersCsv)
    {
        var dir = Path.GetDirectoryName(papersCsv)!;
        var titles = File.ReadLines(Path.Combine(dir, "papers.csv")).Skip(1).Select(NberExpertCollection.ParseLine).ToDictionary(r => r[0], r => r[3], StringComparer.Ordinal);
        var profiles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in File.ReadLines(Path.Combine(dir, "paper_authors.csv")).Skip(1).Select(NberExpertCollection.ParseLine))
        {
            (profiles.TryGetValue(row[1], out var list) ? list : profiles[row[1]] = []).Add(titles[row[0]]);
        }

        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForIndexing()) { Similarity = new BM25Similarity() }))
        {
            foreach (var (author, list) in profiles)
            {
                writer.AddDocument(new Document
                {
                    new StringField("author", author, Field.Store.YES),
                    new TextField(SearchFields.Title, string.Join(" . ", list), Field.Store.NO),
                });
            }

            writer.Commit();
        }

        var searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
        var parser = new ZhikuQueryParser(SearchAnalyzers.ForQueries());
        return q => [.. searcher.Search(parser.ParseQuery(ExpertQuery.ToWorksQuery(q)), Depth).ScoreDocs.Select(sd => searcher.Doc(sd.Doc).Get("author"))];
    }
}
