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

    /// <summary>Copies of the cases that took longer than the case limit alone (or never ended), to reproduce them.</summary>
    public List<string> Hangs { get; } = [];

    /// <summary>Data directories left to an import that hung and would not stop; the run went on in a new one.</summary>
    public List<string> Abandoned { get; } = [];

    /// <summary>The process's peak resident memory (VmHWM), or 0 where /proc is not available.</summary>
    public long PeakResidentBytes { get; set; }

    /// <summary>The highest resident memory seen while one batch ran (the peak is reset before each batch), and that batch.</summary>
    public long PeakBatchResidentBytes { get; set; }

    public string PeakBatch { get; set; } = "";

    public override string ToString() =>
        $"{Cases} cases, {Failures.Count} failures, {Elapsed.TotalSeconds:F1} s, slowest batch {SlowestBatchSeconds:F1} s, {Hangs.Count} hangs, {Abandoned.Count} abandoned data directories, {Works} works, peak RSS {PeakResidentBytes / (1 << 20)} MB, highest batch peak {PeakBatchResidentBytes / (1 << 20)} MB ({PeakBatch}); "
        + string.Join(", ", Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"));
}

/// <summary>
/// The fuzz harness: batches of mutated files, each with a good real file, imported into one real data directory.
/// A case passes when its file ends imported or rejected with a reason (no exception, no stack trace), within 30 s, and
/// the good file of its batch imports; after the run, search, stats, a reopened data directory and a rebuilt index agree.
/// A batch over its budget is cancelled, and a batch that used more than 30 s of processor time is suspect: its cases are
/// then imported one by one, and those over 30 s of processor time (or 2 minutes of wall time) are named and kept.
/// An import that will not stop keeps its thread and its data directory, and the run goes on in a new one.
/// </summary>
public static class FuzzRunner
{
    public const string GoodFile = "bibliographic/wos/metaknowledge_TwoPaper.isi";
    private const int GoodWorks = 2;
    /// <summary>How long one case may take alone (a batch of n cases gets n + 1 times this).</summary>
    public static readonly TimeSpan DefaultCaseLimit = TimeSpan.FromSeconds(30);

    // How long a cancelled import may take to notice; past it the import is abandoned with its thread.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    // A case alone is cancelled after this many times its limit of wall time (the limit itself is processor time).
    private const int WallFactor = 4;

    public static FuzzReport Run(int seed, int cases, string work, Func<string, string> shared, int batchSize = 25, Action<string>? log = null, TimeSpan? caseLimit = null, DateTime? stopAt = null)
    {
        var watch = Stopwatch.StartNew();
        var limit = caseLimit ?? DefaultCaseLimit;
        var report = new FuzzReport();
        var seeds = FuzzSeeds.Write(Path.Combine(work, "seeds"), shared);
        var folder = Path.Combine(work, "cases");
        var generation = 0;
        var data = new DataDirectory(Path.Combine(work, "data"));
        var good = shared(GoodFile);
        var kb = KnowledgeBase.Open(data);
        try
        {
            for (var first = 1; first <= cases && report.Failures.Count < 50 && !(DateTime.UtcNow >= stopAt); first += batchSize)
            {
                Directory.CreateDirectory(folder);
                var batch = Enumerable.Range(first, Math.Min(batchSize, cases - first + 1))
                    .Select(n => FuzzMutator.Write(seed, n, seeds, folder)).ToList();
                ResetPeakResident();
                var ran = RunBatch(kb, batch, good, report, work, limit);
                var batchPeak = PeakResident();
                if (batchPeak > report.PeakBatchResidentBytes)
                {
                    report.PeakBatchResidentBytes = batchPeak;
                    report.PeakBatch = $"cases {batch[0].Number}..{batch[^1].Number}";
                }

                if (!ran)
                {
                    // The batch's import did not give up its thread: leave that data directory to it and go on in a new one.
                    report.Abandoned.Add(data.Root);
                    data = new DataDirectory(Path.Combine(work, $"data-{++generation}"));
                    kb = KnowledgeBase.Open(data);
                }

                report.Cases += batch.Count;
                Directory.Delete(folder, recursive: true);
                if (first % 500 < batchSize)
                {
                    log?.Invoke($"{report.Cases} cases, {report.Failures.Count} failures, {report.Hangs.Count} hangs, {watch.Elapsed.TotalSeconds:F0} s, "
                        + $"RSS {Resident("VmRSS:") / (1 << 20)} MB, managed heap {GC.GetTotalMemory(forceFullCollection: false) / (1 << 20)} MB, "
                        + $"highest batch peak {report.PeakBatchResidentBytes / (1 << 20)} MB ({report.PeakBatch})");
                }
            }

            CheckUsable(kb, report);
        }
        finally
        {
            kb.Dispose();
        }

        using (var reopened = KnowledgeBase.Open(data))
        {
            if (reopened.IndexState().Documents != report.Works)
            {
                report.Failures.Add($"after reopening, the index holds {reopened.IndexState().Documents} documents for {report.Works} works");
            }
        }

        report.Elapsed = watch.Elapsed;
        report.PeakResidentBytes = Math.Max(report.PeakBatchResidentBytes, PeakResident());
        return report;
    }

    /// <summary>Imports a batch with a time budget; false when its import hung and would not stop (its knowledge base is lost).</summary>
    private static bool RunBatch(KnowledgeBase kb, List<FuzzCase> batch, string good, FuzzReport report, string work, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var budget = limit * (batch.Count + 1);
        // Cancelled from this thread when the wait runs out, not by a timer: a timer fires on the thread pool, which a
        // loaded test run can starve long enough for a batch to finish past its budget uncancelled.
        using var cancel = new CancellationTokenSource();
        var task = Task.Run(() => kb.Import([.. batch.Select(c => c.Path), good], new ImportOptions(), cancellationToken: cancel.Token));
        var overBudget = !Ends(task, budget);
        if (overBudget)
        {
            cancel.Cancel();
        }

        // Cancellation is cooperative: an import past its budget may finish before it next looks at the token; it is
        // recorded as over its budget all the same (the budget is the case limit times the batch, minutes by default).
        var ended = Ends(task, StopGrace);
        var cancelled = task.Exception?.InnerException is OperationCanceledException;
        if (overBudget || !ended || cancelled)
        {
            var how = !ended ? "hung" : cancelled ? "was cancelled" : "ran over its budget";
            report.Failures.Add($"cases {batch[0].Number}..{batch[^1].Number}: the batch {how} after {budget.TotalSeconds:F0} s");
            Isolate(batch, report, work, limit);
            return ended;
        }

        report.SlowestBatchSeconds = Math.Max(report.SlowestBatchSeconds, watch.Elapsed.TotalSeconds);
        if (task.Exception is { } e)
        {
            report.Failures.Add($"cases {batch[0].Number}..{batch[^1].Number}: the batch threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
            return true;
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

        // Processor time, not wall time: on a shared machine a batch may wait minutes for a core without any case spinning.
        if (Process.GetCurrentProcess().TotalProcessorTime - cpu > limit)
        {
            // A slow batch: time its cases one by one, so a single case over the limit is named.
            Isolate(batch, report, work, limit);
        }

        return true;
    }

    // Imports each case alone into a scratch data directory and names (and keeps) those that use more processor time than
    // the limit, or that do not end within four times the limit of wall time (then they are cancelled).
    private static void Isolate(List<FuzzCase> batch, FuzzReport report, string work, TimeSpan limit)
    {
        var kept = Directory.CreateDirectory(Path.Combine(work, "slow-cases")).FullName;
        foreach (var fuzz in batch)
        {
            var scratch = new DataDirectory(Path.Combine(work, "scratch-" + Guid.NewGuid().ToString("N")[..8]));
            var one = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            using var cancel = new CancellationTokenSource(limit * WallFactor);
            var task = Task.Run(() =>
            {
                using var alone = KnowledgeBase.Open(scratch);
                alone.Import([fuzz.Path], new ImportOptions(), cancellationToken: cancel.Token);
            });
            var ended = Ends(task, (limit * WallFactor) + StopGrace);
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var cancelled = task.Exception?.InnerException is OperationCanceledException;
            if (!ended || cancelled || used > limit)
            {
                var copy = Path.Combine(kept, Path.GetFileName(fuzz.Path));
                File.Copy(fuzz.Path, copy, overwrite: true);
                report.Hangs.Add(copy);
                var what = !ended ? "did not end" : cancelled ? "was cancelled" : "ended";
                report.Failures.Add($"case {fuzz.Number} ({fuzz.Mutation} of {Path.GetFileName(fuzz.Seed)}): {what} after {one.Elapsed.TotalSeconds:F0} s ({used.TotalSeconds:F0} s of processor time), kept as {copy}");
            }

            if (ended)
            {
                Directory.Delete(scratch.Root, recursive: true);
            }
        }
    }

    // True when the task ended, faulted or not, within the time. Its wait handle, not Task.Wait: Wait runs a task the
    // thread pool has not started yet inline on this thread, to its end and past any budget (seen on a loaded machine).
    private static bool Ends(Task task, TimeSpan within) => ((IAsyncResult)task).AsyncWaitHandle.WaitOne(within);

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

    private static long PeakResident() => Resident("VmHWM:");

    // Linux resets a process's peak resident memory (VmHWM) when 5 is written to its clear_refs.
    private static void ResetPeakResident()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the batch peaks are then peaks of the run so far.
        }
    }

    private static long Resident(string field)
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return 0;
        }

        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
