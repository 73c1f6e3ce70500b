using Spectre.Console;
using Zhiku.Importing.Pipeline;

namespace Zhiku.Cli.Commands;

/// <summary>Import progress: a progress bar on a terminal, plain lines on stderr otherwise.</summary>
internal static class ImportProgressView
{
    public static ImportReport Run(CliContext context, Func<IProgress<ImportProgress>, ImportReport> import)
    {
        if (!context.IsInteractive)
        {
            string? lastFile = null;
            return import(new SyncProgress(p =>
            {
                if (p.File != lastFile || p.BytesRead == p.BytesTotal)
                {
                    context.Error.WriteLine($"[{p.FileIndex + 1}/{p.FileCount}] {Path.GetFileName(p.File)}: {p.Records} records");
                    lastFile = p.File;
                }
            }));
        }

        ImportReport? report = null;
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("importing");
            report = import(new SyncProgress(p =>
            {
                task.Description = $"{Path.GetFileName(p.File)} ({p.Records} records)";
                task.Value = p.FileCount == 0 ? 100 : 100.0 * (p.FileIndex + (p.BytesTotal == 0 ? 1 : (double)p.BytesRead / p.BytesTotal)) / p.FileCount;
            }));
            task.Value = 100;
        });
        return report!;
    }

    // Progress<T> posts to the thread pool; the import is synchronous, so report on the calling thread.
    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
