using System.Collections.Concurrent;
using System.Threading.Channels;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;

namespace Zhiku.Web.Imports;

/// <summary>
/// The single writer of the knowledge base: imports run one after another on a background task, so the store's one
/// writer connection is never shared; pages and the API only read (searcher and read-only connections).
/// </summary>
internal sealed partial class ImportQueue(KnowledgeBase kb, ILogger<ImportQueue> logger, Microsoft.Extensions.Options.IOptions<Hosting.ZhikuWebOptions> options)
    : BackgroundService
{
    /// <summary>The upload and import bounds of this server.</summary>
    public Hosting.ZhikuWebOptions Limits => options.Value;

    private readonly Channel<ImportJob> _channel = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);

    public ImportJob Enqueue(IReadOnlyList<string> files, ImportOptions options, long? organisationId, string label)
    {
        var job = new ImportJob
        {
            Id = Guid.NewGuid().ToString("N")[..12],
            Files = files,
            Options = options,
            OrganisationId = organisationId,
            Label = label,
        };
        _jobs[job.Id] = job;
        _channel.Writer.TryWrite(job);
        return job;
    }

    public ImportJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Jobs newest first.</summary>
    public IReadOnlyList<ImportJob> Jobs => [.. _jobs.Values.OrderByDescending(j => j.Queued)];

    /// <summary>True while any job is queued or running.</summary>
    public bool Busy => _jobs.Values.Any(j => j.State is ImportJobState.Queued or ImportJobState.Running);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _channel.Reader.ReadAllAsync(stoppingToken))
        {
            job.State = ImportJobState.Running;
            LogStarted(logger, job.Id, job.Label, job.Files.Count);
            try
            {
                var progress = new Progress(job);
                job.Report = await Task.Run(() => kb.Import(job.Files, job.Options, progress, stoppingToken), stoppingToken);
                job.State = ImportJobState.Done;
                LogFinished(logger, job.Id, job.Report.Imported, job.Report.Merged, job.Report.Rejected);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                job.State = ImportJobState.Failed;
                job.Failure = "stopped";
                return;
            }
            catch (Exception e)
            {
                // No input may stop the server: whatever a batch throws ends that job, and the queue goes on.
                job.State = ImportJobState.Failed;
                job.Failure = e.Message;
                LogFailed(logger, job.Id, e.Message);
            }
        }
    }

    // Progress<T> would post to a thread pool; this records the latest state directly.
    private sealed class Progress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Progress = value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "import {Id} ({Label}): {Files} file(s) started")]
    private static partial void LogStarted(ILogger logger, string id, string label, int files);

    [LoggerMessage(Level = LogLevel.Information, Message = "import {Id}: {Imported} imported, {Merged} merged, {Rejected} rejected")]
    private static partial void LogFinished(ILogger logger, string id, int imported, int merged, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "import {Id} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string id, string reason);
}
