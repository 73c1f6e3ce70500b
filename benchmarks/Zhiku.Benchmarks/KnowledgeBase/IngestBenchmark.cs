using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Zhiku.Formats.ZhikuJsonl;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Search.Analysis;
using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Benchmarks.KnowledgeBase;

/// <summary>
/// Import + index throughput of the whole pipeline (detect, parse, merge into SQLite with provenance and change feed,
/// index from the feed) beside its ceiling: raw Lucene.NET indexing of the same records with the same analyzers and
/// documents, parsing included, no store. Both run in the same process on the same corpus.
/// </summary>
internal static class IngestBenchmark
{
    public static int Run(string[] args)
    {
        var corpus = CorpusGenerator.Arg(args, "--corpus") ?? "bench-corpus";
        var work = CorpusGenerator.Arg(args, "--work") ?? "bench-data";
        var files = System.IO.Directory.GetFiles(corpus, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        if (System.IO.Directory.Exists(work))
        {
            System.IO.Directory.Delete(work, recursive: true);
        }

        System.IO.Directory.CreateDirectory(work);
        Console.WriteLine($"corpus: {files.Length} files, {bytes / 1e6:F0} MB; {Environment.ProcessorCount} cpus; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

        var ceiling = args.Contains("--store-only") ? (Records: 1, Seconds: 1.0) : Ceiling(files, Path.Combine(work, "ceiling-index"));
        Report("ceiling (raw Lucene.NET)", ceiling.Records, bytes, ceiling.Seconds);

        var storeWatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using (var store = args.Contains("--no-store-only") ? null : KnowledgeStore.Open(new DataDirectory(Path.Combine(work, "store-only"))))
        {
            if (store is not null)
            {
                var report = new ImportService(store, Zhiku.Formats.ImporterCatalog.Default).Import(files, new ImportOptions());
                Report("store only (no index)", report.Imported, bytes, storeWatch.Elapsed.TotalSeconds);
                Console.WriteLine($"  store only: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s of CPU");
            }
        }

        // The same store-only import into a PostgreSQL database (issue 17): --postgres CONNECTION, an empty database.
        if (CorpusGenerator.Arg(args, "--postgres") is { } connection)
        {
            var pgWatch = Stopwatch.StartNew();
            var pgCpu = Process.GetCurrentProcess().TotalProcessorTime;
            using var store = KnowledgeStore.Open(new DataDirectory(Path.Combine(work, "store-only-postgres")), StoreLocation.Parse(connection, "--postgres"));
            var report = new ImportService(store, Zhiku.Formats.ImporterCatalog.Default).Import(files, new ImportOptions());
            Report("store only on PostgreSQL", report.Imported, bytes, pgWatch.Elapsed.TotalSeconds);
            Console.WriteLine($"  store only on PostgreSQL: {(Process.GetCurrentProcess().TotalProcessorTime - pgCpu).TotalSeconds:F1} s of CPU in this process");
        }

        if (args.Contains("--store-only"))
        {
            return 0;
        }

        var watch = Stopwatch.StartNew();
        var directory = new DataDirectory(Path.Combine(work, "pipeline"));
        using (var kb = Zhiku.Knowledge.KnowledgeBase.Open(directory))
        {
            var report = kb.Import(files, new ImportOptions());
            watch.Stop();
            Report("pipeline (store + index)", report.Imported, bytes, watch.Elapsed.TotalSeconds);
            Console.WriteLine($"pipeline / ceiling = {ceiling.Seconds / watch.Elapsed.TotalSeconds:P0} (target 60% or better); works {report.Imported:N0}, merged {report.Merged:N0}, index docs {kb.Index.Count:N0}");
        }

        return 0;
    }

    private static (int Records, double Seconds) Ceiling(string[] files, string path)
    {
        var watch = Stopwatch.StartNew();
        using var dir = FSDirectory.Open(new DirectoryInfo(path));
        var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForIndexing()) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 };
        using var writer = new IndexWriter(dir, config);
        var n = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                var record = JsonSerializer.Deserialize<ZhikuJsonlLine>(line, StoreJson.Options)!.Work!;
                writer.AddDocument(WorkDocumentBuilder.Build(new IndexedWork(++n, 1, AccessLevel.Public, record, n)));
            }
        }

        writer.Commit();
        return (n, watch.Elapsed.TotalSeconds);
    }

    private static void Report(string what, int records, long bytes, double seconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-28} {records,10:N0} records in {seconds,8:F1} s = {records / seconds,8:N0} records/s, {bytes / 1e6 / seconds,6:F2} MB/s"));
}
