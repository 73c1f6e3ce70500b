using System.Globalization;
using System.Text.Json;
using Zhiku.Knowledge;
using Zhiku.Storage.Nodes;

namespace Zhiku.Nodes;

/// <summary>
/// Import jobs in the store, so that every node lists the same jobs and any node may run one: a job is queued with its
/// uploaded files, claimed by exactly one node (row locks), kept alive by that node's heartbeats, and ended there. A job
/// whose node stopped heartbeating for <see cref="StaleAfter"/> is queued again (re-importing files stores nothing
/// twice), or failed as interrupted after <see cref="MaxAttempts"/> tries.
/// </summary>
public sealed class ImportJobBoard(KnowledgeBase kb, TimeProvider? clock = null)
{
    private readonly ImportJobRows _rows = new(kb.Store);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>How long a running job may go without a heartbeat before another node takes it over.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a job is started before an interruption fails it.</summary>
    public int MaxAttempts { get; init; } = 2;

    /// <summary>Queues a job with its uploaded files (or, for a job only this node can run, paths on its disk).</summary>
    public StoredImportJob Enqueue(
        string label, long? organisationId, string options, IReadOnlyList<ImportUpload> files,
        string? pinnedNode = null, IReadOnlyList<string>? localPaths = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        _rows.Insert(
            new ImportJobRow(id, ImportJobStates.Queued, label, organisationId, options, Now(), pinnedNode,
                localPaths is null ? null : JsonSerializer.Serialize(localPaths), null, null, 0, null, null, null),
            [.. files.Select(f => (f.Name, f.Bytes))]);
        return Find(id)!;
    }

    /// <summary>Claims the oldest queued job for <paramref name="node"/>, or null when none is waiting.</summary>
    public StoredImportJob? Claim(string node) => Map(_rows.Claim(node, Now()));

    /// <summary>The uploaded files of a job.</summary>
    public IReadOnlyList<ImportUpload> Files(string id) => [.. _rows.Files(id).Select(f => new ImportUpload(f.Name, f.Bytes))];

    /// <summary>The paths on its node's disk of a job that only that node runs (the sample corpus), else empty.</summary>
    public IReadOnlyList<string> LocalPaths(string id) =>
        _rows.Find(id)?.LocalPaths is { } paths ? JsonSerializer.Deserialize<string[]>(paths) ?? [] : [];

    /// <summary>The node still runs the job (progress as JSON, or null to keep the last); false when the job is no longer its.</summary>
    public bool Heartbeat(string id, string node, string? progress) => _rows.Heartbeat(id, node, Now(), progress);

    /// <summary>Ends a job the node runs; false when the job was taken from it (it stopped heartbeating).</summary>
    public bool Finish(string id, string node, bool succeeded, string? report, string? failure) =>
        _rows.Finish(id, node, succeeded ? ImportJobStates.Done : ImportJobStates.Failed, report, failure);

    /// <summary>Queues again (or fails) the jobs of nodes that stopped heartbeating; returns how many were queued again and failed.</summary>
    public (int Requeued, int Failed) RecoverStale() =>
        _rows.RecoverStale(Format(_clock.GetUtcNow() - StaleAfter), MaxAttempts,
            $"interrupted: its node stopped while running it, {MaxAttempts} times");

    public StoredImportJob? Find(string id) => Map(_rows.Find(id));

    /// <summary>The most recent jobs of all nodes, newest first.</summary>
    public IReadOnlyList<StoredImportJob> Recent(int count = 200) => [.. _rows.Recent(count).Select(r => Map(r)!)];

    private string Now() => Format(_clock.GetUtcNow());

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static StoredImportJob? Map(ImportJobRow? row) => row is null ? null : new(
        row.Id, row.State, row.Label, row.OrganisationId, row.Options, Parse(row.Queued), row.Node,
        row.Heartbeat is { } beat ? Parse(beat) : null, (int)row.Attempts, row.Progress, row.Report, row.Failure);
}
