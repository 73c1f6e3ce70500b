using System.Diagnostics;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Storage;

namespace Zhiku.Testing.Fuzzing;

/// <summary>What a fuzz run found: its cases, the failures (a case that threw, hung or lost the good file) and figures.</summary>
public sealed class FuzzReport
{
    public int Cases { get; set; }

    public List<string> Failures { get; } = [];

    public Dictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public TimeSpan Elapsed { get; set; }

    public double SlowestBatchSeconds { get; set; }

    public int Works { get; set; }

    /// <summary>The process's peak resident memory (VmHWM), or 0 where /proc is not available.</summary>
    public long PeakResidentBytes { get; set; }

    public override string ToString() =>
        $"{Cases} cases, {Failures.Count} failures, {Elapsed.TotalSeconds:F1} s, slowest batch {SlowestBatchSeconds:F1} s, {Works} works, peak RSS {PeakResidentBytes / (1 << 20)} MB; "
        + string.Join(", ", Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));
}

/// <summary>
/// The fuzz harness: batches of mutated files, each with a good real file, imported into one real data directory.
/// A case passes when its file ends imported or rejected with a reason (no exception, no stack trace), within 30 s, and
/// the good file of its batch imports; after the run, search, stats, a reopened data directory and a rebuilt index agree.
/// </summary>
public static class FuzzRunner
{
    public const string GoodFile = "bibliographic/wos/metaknowledge_TwoPaper.isi";
    private const int GoodWorks = 2;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);

    public static FuzzReport Run(int seed, int cases, string work, Func<string, string> shared, int batchSize = 25, Action<string>? log = null)
    {
        var watch = Stopwatch.StartNew();
        var report = new FuzzReport();
        var seeds = FuzzSeeds.Write(Path.Combine(work, "seeds"), shared);
        var folder = Path.Combine(work, "cases");
        var data = new DataDirectory(Path.Combine(work, "data"));
        var good = shared(GoodFile);
        using (var kb = KnowledgeBase.Open(data))
        {
            for (var first = 1; first <= cases && report.Failures.Count < 50; first += batchSize)
            {
                Directory.CreateDirectory(folder);
                var batch = Enumerable.Range(first, Math.Min(batchSize, cases - first + 1))
                    .Select(n => FuzzMutator.Write(seed, n, seeds, folder)).ToList();
                RunBatch(kb, batch, good, report);
                report.Cases += batch.Count;
                Directory.Delete(folder, recursive: true);
                if (first % 500 < batchSize)
                {
                    log?.Invoke($"{report.Cases} cases, {report.Failures.Count} failures, {watch.Elapsed.TotalSeconds:F0} s");
                }
            }

            CheckUsable(kb, report);
        }

        using (var reopened = KnowledgeBase.Open(data))
        {
            if (reopened.IndexState().Documents != report.Works)
            {
                report.Failures.Add($"after reopening, the index holds {reopened.IndexState().Documents} documents for {report.Works} works");
            }
        }

        report.Elapsed = watch.Elapsed;
        report.PeakResidentBytes = PeakResident();
        return report;
    }

    private static void RunBatch(KnowledgeBase kb, List<FuzzCase> batch, string good, FuzzReport report)
    {
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => kb.Import([.. batch.Select(c => c.Path), good], new ImportOptions()));
        if (!task.Wait(CaseLimit * (batch.Count + 1)))
        {
            report.Failures.Add($"cases {batch[0].Number}..{batch[^1].Number}: the batch hung for more than {CaseLimit.TotalSeconds * (batch.Count + 1)} s");
            return;
        }

        report.SlowestBatchSeconds = Math.Max(report.SlowestBatchSeconds, watch.Elapsed.TotalSeconds);
        if (task.Exception is { } e)
        {
            report.Failures.Add($"cases {batch[0].Number}..{batch[^1].Number}: the batch threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
            return;
        }

        var result = task.Result;
        for (var i = 0; i < batch.Count; i++)
        {
            var file = result.Files[i];
            var outcome = file.Failure is not null ? "failed-file" : file.Imported + file.Merged + file.Unchanged + file.Entities > 0 ? "imported" : file.Rejected > 0 ? "rejected" : "empty";
            report.Outcomes[outcome] = report.Outcomes.GetValueOrDefault(outcome) + 1;
            var text = file.Failure + string.Concat(file.Errors.Select(r => r.Message));
            if (text.Contains("\n   at ", StringComparison.Ordinal))
            {
                report.Failures.Add($"case {batch[i].Number} ({batch[i].Mutation} of {Path.GetFileName(batch[i].Seed)}): a stack trace in the report");
            }
        }

        var goodReport = result.Files[^1];
        if (goodReport.Failure is not null || goodReport.Imported + goodReport.Merged + goodReport.Unchanged != GoodWorks)
        {
            report.Failures.Add($"cases {batch[0].Number}..{batch[^1].Number}: the good file did not import: {goodReport.Failure}");
        }

        if (watch.Elapsed > CaseLimit)
        {
            // A slow batch: time its cases one by one, so a single case over the limit is named.
            foreach (var fuzz in batch)
            {
                var one = Stopwatch.StartNew();
                kb.Import([fuzz.Path], new ImportOptions());
                if (one.Elapsed > CaseLimit)
                {
                    report.Failures.Add($"case {fuzz.Number} ({fuzz.Mutation} of {Path.GetFileName(fuzz.Seed)}): {one.Elapsed.TotalSeconds:F0} s");
                }
            }
        }
    }

    private static void CheckUsable(KnowledgeBase kb, FuzzReport report)
    {
        var works = kb.Read(Caller.Owner).Statistics().Works;
        report.Works = works;
        var all = kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Limit = 1 }).Total;
        var found = kb.Read(Caller.Owner).Search(new SearchRequest { Query = "title:science OR 智库", Limit = 5 }).Total;
        if (all != works || kb.IndexState().Documents != works)
        {
            report.Failures.Add($"the store holds {works} works, a search for everything finds {all}, the index holds {kb.IndexState().Documents}");
        }

        if (found == 0)
        {
            report.Failures.Add("a search for the seeds' words finds nothing");
        }

        var rebuilt = kb.RebuildIndex();
        if (rebuilt != works)
        {
            report.Failures.Add($"an index rebuild indexed {rebuilt} works of {works}");
        }
    }

    private static long PeakResident()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return 0;
        }

        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
