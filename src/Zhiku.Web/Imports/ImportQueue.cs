using System.Text.Json;
using Microsoft.Extensions.Options;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Nodes;
using Zhiku.Web.Hosting;
using Zhiku.Web.Nodes;

namespace Zhiku.Web.Imports;

/// <summary>
/// Import jobs of all nodes, kept in the store: a job is queued there with its uploaded files, and whichever node claims
/// it first runs it (one job at a time per node, on a background task), heartbeating its progress so that every node
/// shows the same jobs and another node takes the job over when this one stops.
/// </summary>
internal sealed partial class ImportQueue(
    KnowledgeBase kb, NodeIdentity node, ZhikuDataDirectory data, ILogger<ImportQueue> logger, IOptions<ZhikuWebOptions> options,
    IOptions<ImportQueueOptions> queueOptions)
    : BackgroundService
{
    private readonly ImportJobBoard _board = new(kb) { StaleAfter = queueOptions.Value.StaleAfter };
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>The upload and import bounds of this server.</summary>
    public ZhikuWebOptions Limits => options.Value;

    /// <summary>Queues uploaded files; any node may run the job.</summary>
    public ImportJob Enqueue(IReadOnlyList<ImportUpload> files, ImportOptions importOptions, long? organisationId, string label) =>
        Queued(_board.Enqueue(label, organisationId, Serialize(importOptions), files));

    /// <summary>Queues files on this node's disk (the sample corpus): the node that claims it reads them from its own disk.</summary>
    public ImportJob EnqueueLocal(IReadOnlyList<string> paths, ImportOptions importOptions, long? organisationId, string label) =>
        Queued(_board.Enqueue(label, organisationId, Serialize(importOptions), [], localPaths: paths));

    public ImportJob? Find(string id) => _board.Find(id) is { } job ? ImportJobJson.From(job) : null;

    /// <summary>Jobs of every node, newest first.</summary>
    public IReadOnlyList<ImportJob> Jobs => [.. _board.Recent().Select(ImportJobJson.From)];

    /// <summary>True while any job is queued or running on any node.</summary>
    public bool Busy => Jobs.Any(j => j.State is ImportJobState.Queued or ImportJobState.Running);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            StoredImportJob? job = null;
            try
            {
                var (requeued, failed) = _board.RecoverStale();
                if (requeued + failed > 0)
                {
                    LogRecovered(logger, requeued, failed);
                }

                job = _board.Claim(node.Name);
            }
            catch (Exception e) when (Zhiku.Storage.KnowledgeStore.IsStoreFailure(e))
            {
                LogStoreFailed(logger, e.Message);
            }

            if (job is null)
            {
                try
                {
                    await _wake.WaitAsync(queueOptions.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(StoredImportJob job, CancellationToken stoppingToken)
    {
        var stored = JsonSerializer.Deserialize<ImportJobOptions>(job.Options, ImportJobJson.Stored)!;
        var progress = new Progress();
        string? folder = null;
        LogStarted(logger, job.Id, job.Label, node.Name);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = HeartbeatAsync(job.Id, progress, beating.Token);
        ImportReport? report = null;
        string? failure = null;
        try
        {
            var files = _board.Files(job.Id);
            IReadOnlyList<string> paths = files.Count > 0 ? Uploads.Write(files, data.Uploads, job.Id) : _board.LocalPaths(job.Id);
            folder = files.Count > 0 ? Path.GetDirectoryName(paths[0]) : null;
            report = await Task.Run(() => kb.Import(paths, stored.ToOptions(Limits.ImportLimits), progress, stoppingToken), stoppingToken);
            LogFinished(logger, job.Id, report.Imported, report.Merged, report.Rejected);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the job stays running without heartbeats, and another node (or this one restarted) takes it over.
            await beating.CancelAsync();
            await heartbeat;
            return;
        }
        catch (Exception e)
        {
            // No input may stop the server: whatever a batch throws ends that job, and the queue goes on.
            failure = e.Message;
            LogFailed(logger, job.Id, e.Message);
        }

        await beating.CancelAsync();
        await heartbeat;
        var reportJson = report is null ? null : JsonSerializer.Serialize(ImportJobJson.ReportOf(report, stored.Access), ImportJobJson.Stored);
        if (!_board.Finish(job.Id, node.Name, report is not null, reportJson, failure))
        {
            LogTakenOver(logger, job.Id);
        }

        if (folder is not null)
        {
            TryDelete(folder);
        }
    }

    // Heartbeats on their own connection, beside the import's writer; a missed one (a busy SQLite file) is retried next time.
    private async Task HeartbeatAsync(string id, Progress progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(queueOptions.Value.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    var latest = progress.Latest is { } p ? JsonSerializer.Serialize(ImportJobJson.ProgressOf(p), ImportJobJson.Stored) : null;
                    await Task.Run(() => _board.Heartbeat(id, node.Name, latest), cancellationToken);
                }
                catch (Exception e) when (Zhiku.Storage.KnowledgeStore.IsStoreFailure(e))
                {
                    LogStoreFailed(logger, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended.
        }
    }

    private ImportJob Queued(StoredImportJob job)
    {
        _wake.Release();
        return ImportJobJson.From(job);
    }

    private static string Serialize(ImportOptions importOptions) =>
        JsonSerializer.Serialize(ImportJobOptions.From(importOptions), ImportJobJson.Stored);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open: the folder is left for the operator.
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _wake.Dispose();
    }

    // Progress<T> would post to a thread pool; this records the latest state directly, for the next heartbeat.
    private sealed class Progress : IProgress<ImportProgress>
    {
        public ImportProgress? Latest { get; private set; }

        public void Report(ImportProgress value) => Latest = value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "import {Id} ({Label}) started on node {Node}")]
    private static partial void LogStarted(ILogger logger, string id, string label, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "import {Id}: {Imported} imported, {Merged} merged, {Rejected} rejected")]
    private static partial void LogFinished(ILogger logger, string id, int imported, int merged, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "import {Id} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "import {Id} finished here after another node took it over (this node missed its heartbeats)")]
    private static partial void LogTakenOver(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "import jobs of stopped nodes: {Requeued} queued again, {Failed} failed as interrupted")]
    private static partial void LogRecovered(ILogger logger, int requeued, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "import jobs: the store does not answer ({Reason}); trying again")]
    private static partial void LogStoreFailed(ILogger logger, string reason);
}
