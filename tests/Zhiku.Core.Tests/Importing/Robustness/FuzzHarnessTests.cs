using Xunit.Abstractions;
using Zhiku.Testing.Fuzzing;

namespace Zhiku.Tests.Importing.Robustness;

/// <summary>
/// The bounded CI run of the fuzz harness (issue 9): 2,000 seeded mutations of the real files of every format. The long
/// run is the bench command (`fuzz --cases 100000`); ZHIKU_FUZZ_CASES and ZHIKU_FUZZ_SEED change this one.
/// </summary>
public sealed class FuzzHarnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Two_thousand_mutated_files_each_import_or_are_rejected_and_the_data_directory_stays_usable()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("ZHIKU_FUZZ_CASES"), out var n) ? n : 2_000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ZHIKU_FUZZ_SEED"), out var s) ? s : 20261204;
        var work = Path.Combine(Path.GetTempPath(), "zhiku-fuzz-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var report = FuzzRunner.Run(seed, cases, work, SharedData.Path, log: output.WriteLine);
            output.WriteLine(report.ToString());

            Assert.True(report.Failures.Count == 0, string.Join('\n', report.Failures.Take(10)));
            Assert.Equal(cases, report.Cases);
            Assert.True(report.Outcomes.GetValueOrDefault("imported") > cases / 4, report.ToString());
            Assert.True(report.Outcomes.GetValueOrDefault("failed-file") > 0, report.ToString());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void A_batch_over_its_time_budget_is_recorded_with_its_cases_kept_and_the_next_batches_still_run()
    {
        var work = Path.Combine(Path.GetTempPath(), "zhiku-fuzz-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            // A limit of one millisecond makes every batch and every case alone "hang": the run must record them all and end.
            var report = FuzzRunner.Run(20261204, 6, work, SharedData.Path, batchSize: 3, caseLimit: TimeSpan.FromMilliseconds(1));
            output.WriteLine(report.ToString());

            Assert.Equal(6, report.Cases);
            var batches = report.Failures.Count(f => f.StartsWith("cases ", StringComparison.Ordinal) && (f.Contains("the batch was cancelled", StringComparison.Ordinal) || f.Contains("the batch ran over its budget", StringComparison.Ordinal) || f.Contains("the batch hung", StringComparison.Ordinal)));
            Assert.True(batches == 2, string.Join('\n', report.Failures));
            Assert.Equal(6, report.Hangs.Count);
            Assert.All(report.Hangs, kept => Assert.True(File.Exists(kept), kept));

            // A batch whose cancelled import does not stop within the grace (a loaded machine) leaves its data directory.
            Assert.True(report.Abandoned.Count <= 2, string.Join(", ", report.Abandoned));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
