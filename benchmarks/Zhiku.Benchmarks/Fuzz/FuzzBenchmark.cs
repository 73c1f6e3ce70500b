using System.Globalization;
using Zhiku.Testing.Fuzzing;

namespace Zhiku.Benchmarks.Fuzz;

/// <summary>
/// <c>fuzz --cases N --seed S --work DIR [--minutes M]</c>: the long run of the import fuzz harness (the CI test runs 2,000 cases of the
/// same harness); --minutes stops it after the batch running at that time, for a machine that cannot give it hours. Prints progress, then cases, failures, time and peak resident memory; exit code 1 on any failure.
/// <c>--write FROM-TO</c> only writes those cases' files into <c>--work</c> (to import a batch's cases one by one, e.g.
/// under <c>/usr/bin/time -v zhiku import</c>, when the run names a batch).
/// </summary>
internal static class FuzzBenchmark
{
    public static int Run(string[] args)
    {
        var cases = 100_000;
        var seed = 20261204;
        string? work = null;
        DateTime? stopAt = null;
        (int From, int To)? write = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--cases":
                    cases = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--minutes":
                    stopAt = DateTime.UtcNow.AddMinutes(double.Parse(args[i + 1], CultureInfo.InvariantCulture));
                    break;
                case "--work":
                    work = args[i + 1];
                    break;
                case "--write":
                    var range = args[i + 1].Split('-');
                    write = (int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[^1], CultureInfo.InvariantCulture));
                    break;
            }
        }

        var shared = SharedLocator.Find();
        if (shared is null)
        {
            Console.Error.WriteLine("shared/data not found beside the repository; set ZHIKU_SHARED");
            return 2;
        }

        work ??= Path.Combine(Path.GetTempPath(), "zhiku-fuzz-" + Guid.NewGuid().ToString("N")[..8]);
        if (write is { } only)
        {
            var seeds = FuzzSeeds.Write(Path.Combine(work, "seeds"), relative => Path.Combine(shared, "data", relative));
            for (var n = only.From; n <= only.To; n++)
            {
                var written = FuzzMutator.Write(seed, n, seeds, work);
                Console.WriteLine($"case {n}: {written.Mutation} of {Path.GetFileName(written.Seed)} → {written.Path} ({new FileInfo(written.Path).Length:N0} bytes)");
            }

            return 0;
        }

        var report = FuzzRunner.Run(seed, cases, work, relative => Path.Combine(shared, "data", relative), batchSize: 25,
            log: line => Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {line}"), stopAt: stopAt);
        Console.WriteLine($"fuzz seed {seed}: {report}");
        foreach (var hang in report.Hangs)
        {
            Console.WriteLine($"SLOW {hang}");
        }

        foreach (var failure in report.Failures)
        {
            Console.WriteLine($"FAIL {failure}");
        }

        return report.Failures.Count == 0 ? 0 : 1;
    }
}
