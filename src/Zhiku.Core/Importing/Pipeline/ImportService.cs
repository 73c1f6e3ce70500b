using System.Diagnostics;
using Zhiku.Files;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Works;

namespace Zhiku.Importing.Pipeline;

/// <summary>
/// Runs an import batch: detects each file's format, streams its records into the store in chunked transactions, and
/// reports what happened. A bad record is reported and skipped; a file that cannot be read is reported and the batch
/// goes on with the next file.
/// </summary>
public sealed class ImportService(KnowledgeStore store, ImporterCatalog catalog)
{
    private readonly StoreCaches _caches = new();

    /// <summary>Called after each committed chunk with the store's last change sequence (the index follows it).</summary>
    public Action<long>? ChunkCommitted { get; init; }

    public ImportReport Import(
        IEnumerable<string> paths, ImportOptions options, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var (files, inFolders) = ImportPaths.Expand(paths);
        var owner = options.Owner is { Length: > 0 } name ? store.EnsureOrganisation(name) : store.HomeOrganisationId;
        var batchId = StartBatch(owner, options.Access);
        var report = new ImportReport { BatchId = batchId };
        var quality = new QualityTally();
        var status = "finished";
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                // Honoured between files too: an importer that reads a small file whole may never look at the token.
                cancellationToken.ThrowIfCancellationRequested();
                var fileReport = new FileReport { Path = files[i] };
                report.Files.Add(fileReport);
                ImportFile(files[i], (i, files.Count, inFolders.Contains(files[i])), fileReport, options, owner, batchId, quality, progress, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            status = "cancelled";
            _caches.Clear();
            throw;
        }
        catch
        {
            status = "failed";
            _caches.Clear();
            throw;
        }
        finally
        {
            watch.Stop();
            report.Elapsed = watch.Elapsed;
            foreach (var (field, share) in quality.Shares())
            {
                report.MissingFields[field] = share;
            }

            FinishBatch(batchId, status, report);
        }

        return report;
    }

    private void ImportFile(
        string path, (int Index, int Count, bool InFolder) place, FileReport fileReport, ImportOptions options, long owner, long batchId,
        QualityTally quality, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        FileProbe probe;
        try
        {
            probe = FileProbe.Open(path);
            fileReport.Bytes = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            fileReport.Failure = $"{path}: cannot be read: {e.Message}";
            return;
        }

        var importer = options.Mapping is { Length: > 0 } mapping
            ? MappingImporters.For(mapping)
            : options.Format is { Length: > 0 } forced
            ? catalog.Find(forced) ?? throw new ArgumentException($"unknown format '{forced}'")
            : catalog.Detect(probe);
        var (index, count) = (place.Index, place.Count);
        if (importer is null && place.InFolder)
        {
            // A folder holds more than records (evaluation data, specs, notes): what no importer reads is passed over.
            fileReport.Skipped = "holds no records in a format Zhiku reads (name the file with --format to import it)";
            return;
        }

        if (importer is null)
        {
            fileReport.Failure = WorkbookBounds.Problem(probe, options.Limits) is { } problem
                ? $"{path}: not a readable container: {problem}"
                : $"{path}: format not recognised (use --format to name it)";
            return;
        }

        fileReport.Format = importer.Format;
        var source = new ImportSource(path, probe.Encoding) { Limits = options.Limits };
        var chunk = new List<ImportItem>(options.ChunkSize);
        try
        {
            foreach (var item in importer.Read(source, cancellationToken))
            {
                chunk.Add(item);
                if (chunk.Count >= options.ChunkSize)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Store(chunk, path, importer.Format, fileReport, owner, options.Access, batchId, quality);
                    chunk.Clear();
                    progress?.Report(new ImportProgress(path, index, count, fileReport.Records, 0, fileReport.Bytes));
                }
            }
        }
        catch (ImportException e)
        {
            fileReport.Failure = $"{path}: {e.Message}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An importer bug or a store refusal must not lose the batch: what was stored is kept, the file is reported.
            fileReport.Failure = $"{path}: reading stopped after record {fileReport.Records + chunk.Count}: {e.GetType().Name}: {e.Message}";
            chunk.Clear();
        }

        try
        {
            Store(chunk, path, importer.Format, fileReport, owner, options.Access, batchId, quality);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            fileReport.Failure ??= $"{path}: the last {chunk.Count} record(s) could not be stored: {e.GetType().Name}: {e.Message}";
        }

        progress?.Report(new ImportProgress(path, index, count, fileReport.Records, fileReport.Bytes, fileReport.Bytes));
    }

    private void Store(
        List<ImportItem> items, string path, string format, FileReport fileReport, long owner, AccessLevel access,
        long batchId, QualityTally quality)
    {
        if (items.Count == 0)
        {
            return;
        }

        try
        {
            using var session = store.BeginWrite(_caches);
            var works = new WorkWriter(session, owner, access);
            // A chunk of works only (registry entities write people of their own, which the lookups would not see).
            if (items.All(i => i is ImportedWork or RecordError))
            {
                works.Prepare(items.OfType<ImportedWork>().Select(w => w.Work).Where(w => w.Titles.Count > 0));
            }

            var registry = new RegistryWriter(session, batchId, owner, access);
            var outputs = new Storage.Outputs.OutputWriter(session, batchId);
            foreach (var item in items)
            {
                fileReport.Records++;
                var info = new SourceInfo(batchId, path, format, item.Position.Record, item.Position.Line);
                switch (item)
                {
                    case RecordError error:
                        fileReport.Errors.Add(new RejectedRecord(error.Position.Record, error.Position.Line, error.Message));
                        break;
                    case ImportedWork { Work: var work } when work.Titles.Count == 0:
                        fileReport.Errors.Add(new RejectedRecord(item.Position.Record, item.Position.Line,
                            $"{Path.GetFileName(path)} {item.Position}: no title"));
                        break;
                    case ImportedWork { Work: var work } imported:
                        var (outcome, workId) = works.Write(work, info);
                        Count(fileReport, outcome);
                        quality.Add(work);
                        if (imported.Output is { } output)
                        {
                            // The work is in; an implementing document the knowledge base lacks leaves out that event only, an unknown tag that tag only.
                            foreach (var problem in outputs.Write(workId, output))
                            {
                                fileReport.Errors.Add(new RejectedRecord(item.Position.Record, item.Position.Line,
                                    $"{Path.GetFileName(path)} row {(item.Position.Line > 0 ? item.Position.Line : item.Position.Record)}, {problem}"));
                            }
                        }

                        break;
                    case ImportedPerson person:
                        registry.UpsertPerson(person.Person, info);
                        CountEntity(fileReport, registry.LastUnchanged);
                        break;
                    case ImportedOrganisation organisation:
                        registry.UpsertOrganisation(organisation.Organisation, info);
                        CountEntity(fileReport, registry.LastUnchanged);
                        break;
                    case ImportedProject project:
                        registry.UpsertProject(project.Project, info);
                        CountEntity(fileReport, registry.LastUnchanged);
                        break;
                    case ImportedCase importedCase:
                        // A case whose tags or works the store cannot resolve is rejected whole, naming its row and column.
                        var caseProblems = registry.UpsertCase(importedCase.Case, info);
                        foreach (var problem in caseProblems)
                        {
                            fileReport.Errors.Add(new RejectedRecord(item.Position.Record, item.Position.Line,
                                $"{Path.GetFileName(path)} row {(item.Position.Line > 0 ? item.Position.Line : item.Position.Record)}, {problem}"));
                        }

                        if (caseProblems.Count == 0)
                        {
                            CountEntity(fileReport, registry.LastUnchanged);
                        }

                        break;
                }
            }
            session.Commit();
        }
        catch
        {
            // The chunk rolled back: ids cached from it no longer exist.
            _caches.Clear();
            throw;
        }

        ChunkCommitted?.Invoke(store.LastSequence);
    }

    private static void CountEntity(FileReport report, bool unchanged)
    {
        if (unchanged)
        {
            report.Unchanged++;
        }
        else
        {
            report.Entities++;
        }
    }

    private static void Count(FileReport report, WriteOutcome outcome)
    {
        switch (outcome)
        {
            case WriteOutcome.Imported:
                report.Imported++;
                break;
            case WriteOutcome.Merged:
                report.Merged++;
                break;
            default:
                report.Unchanged++;
                break;
        }
    }

    private long StartBatch(long owner, AccessLevel access) => BatchSql.Start(store, owner, access);

    private void FinishBatch(long batchId, string status, ImportReport report) =>
        BatchSql.Finish(store, batchId, status, StoreJson.Serialize(report));
}
