using Zhiku.Benchmarks.Analytics;
using Zhiku.Benchmarks.Evaluation;
using Zhiku.Benchmarks.KnowledgeBase;
using Zhiku.Benchmarks.Segmentation;

return args.FirstOrDefault() switch
{
    "segment" => SegmentationBenchmark.Run(args[1..]),
    "corpus" => CorpusGenerator.Run(args[1..]),
    "ingest" => IngestBenchmark.Run(args[1..]),
    "search" => SearchBenchmark.Run(args[1..]),
    "search-stages" => SearchStagesBenchmark.Run(args[1..]),
    "analytics" => AnalyticsBenchmark.Run(args[1..]),
    "evaluate" => EvaluationBenchmark.Run(args[1..]),
    "suggest" => Zhiku.Benchmarks.Suggest.SuggestBenchmark.Run(args[1..]),
    "soak" => Zhiku.Benchmarks.Soak.SoakBenchmark.Run(args[1..]),
    "soak-server" => Zhiku.Benchmarks.Soak.SoakServer.Serve(args[1..]),
    "cnki-table" => Zhiku.Benchmarks.Importing.CnkiTableBenchmark.Run(args[1..]),
    "fuzz" => Zhiku.Benchmarks.Fuzz.FuzzBenchmark.Run(args[1..]),
    "xlsx-flips" => Zhiku.Benchmarks.Fuzz.XlsxFlipHunt.Run(args[1..]),
    "postgres" => Zhiku.Benchmarks.Postgres.PostgresBenchmark.Run(args[1..]),
    "nodes" => Zhiku.Benchmarks.Nodes.NodesBenchmark.Run(args[1..]),
    "experts" => Zhiku.Benchmarks.Experts.ExpertsBenchmark.Run(args[1..]),
    "trace" => Zhiku.Benchmarks.Tracing.TraceBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Zhiku.Benchmarks <command> [options]   (run with -c Release; see docs/BENCHMARKS.md)
        commands:
          segment [shared-dir]                      Chinese segmentation throughput, ours vs jieba.NET
          corpus --out DIR --records N              generate a corpus of N records from the real shared files
          ingest --corpus DIR --work DIR [--store-only] [--postgres CONNECTION]
                                                    import + index throughput beside raw Lucene.NET indexing;
                                                    --postgres: the store-only import into that empty database too
          search --data DIR [--rounds R]            search latency p50/p95 over 100 Chinese and English queries
          search-stages --data DIR [--rounds R]     the cost of facets and snippets, query by query
          analytics [--records N] [--seeds S] [--leiden 2,4,-1] [--top N] [--no-igraph]
                                                    co-word network build, Leiden beside igraph, burst detection
          evaluate [spec]                           ASEM uncertainty (10,000 runs) and 1,000 units x 200 indicators
          suggest --data DIR [--rounds R] [--org ID]  search-suggestion latency per keystroke, by caller
          soak [--data DIR] [--minutes 10] [--connections 8] [--no-uploads]  mixed searches, analyses and uploads against a served
                                                    platform: errors and the server's memory after the warm-up
          cnki-table [--rows 500] [--rounds R]      a CNKI table export (HTML .xls, XLSX, CSV): read and import
          fuzz [--cases N] [--seed S] [--work DIR] [--minutes M]  the import fuzz harness's long run (CI runs 2,000 cases)
          xlsx-flips [--out DIR] [--limit-seconds 5]  every one-bit flip and truncation of the fuzz harness's registry.xlsx, read with a time limit
          postgres [--rounds 5]                     the tests' throwaway PostgreSQL cluster and failover harness, timed
          nodes --corpus DIR [--rounds 20]          a new node's catch-up from a PostgreSQL store, and A's import → searchable on B
          experts                                   expert finding on the NBER programmes (imported without programme links):
                                                    MAP and NDCG@10 beside a BM25 author-profile baseline
          trace [--outputs 10000] [--documents 100000] [--seed 1]  influence tracing on Markov-generated policy text with
                                                    planted edited passages: time, peak memory, precision/recall
        """);
    return 2;
}
