using System.Diagnostics;
using System.Text.Json;
using Zhiku.Testing.Fuzzing;

namespace Zhiku.Cli.Tests.Import;

/// <summary>The fuzz harness at process level (issue 9): `zhiku import CASE --json` exits 0, 1 or 2, never with a stack trace.</summary>
public sealed class FuzzProcessTests
{
    [Fact]
    public async Task A_sample_of_mutated_files_exits_with_0_1_or_2_and_json_or_one_line_never_a_stack_trace()
    {
        using var cli = new CliRun();
        var work = Path.Combine(cli.DataDirectory, "fuzz");
        var seeds = FuzzSeeds.Write(Path.Combine(work, "seeds"), SharedData.Path);
        Directory.CreateDirectory(Path.Combine(work, "cases"));
        for (var number = 1; number <= 12; number++)
        {
            var fuzz = FuzzMutator.Write(20261204, number, seeds, Path.Combine(work, "cases"));
            using var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "zhiku.dll"), "--data", Path.Combine(cli.DataDirectory, "data"), "import", fuzz.Path, "--json", "--strict"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var outputTask = process.StandardOutput.ReadToEndAsync();
            var errorTask = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(limit.Token);
            var (output, error) = (await outputTask, await errorTask);

            var what = $"case {number} ({fuzz.Mutation} of {Path.GetFileName(fuzz.Seed)}): exit {process.ExitCode}: {error}";
            Assert.Contains(process.ExitCode, new[] { 0, 1, 2 });
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            if (process.ExitCode is 0 or 2)
            {
                Assert.True(JsonDocument.Parse(output).RootElement.TryGetProperty("files", out _), what);
            }
            else
            {
                Assert.StartsWith("zhiku: ", error, StringComparison.Ordinal);
            }
        }
    }
}
