using Zhiku.Importing.Pipeline;

namespace Zhiku.Sources;

/// <summary>What one run of a source did, added up over its documents, pages or files, with the state for the next run.</summary>
internal sealed class RunOutcome(string label)
{
    private const int MaxNotes = 50;

    /// <summary>Documents, pages or files fetched (a 304 answer fetches none).</summary>
    public long Fetched { get; set; }

    public long New { get; private set; }

    public long Updated { get; private set; }

    public long Unchanged { get; private set; }

    public long Failed { get; private set; }

    public bool NotModified { get; set; }

    /// <summary>Set when the run as a whole failed (nothing could be fetched or read).</summary>
    public string? Failure { get; set; }

    /// <summary>Errors and retries, each naming the source and the item.</summary>
    public List<string> Notes { get; } = [];

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public string? Cursor { get; set; }

    /// <summary>Adds an import's counts; its rejected records and unreadable files are noted with the item they came from.</summary>
    public void Add(ImportReport report, string item)
    {
        New += report.Imported;
        Updated += report.Merged;
        Unchanged += report.Unchanged;
        Failed += report.Rejected + report.FailedFiles;
        foreach (var file in report.Files)
        {
            if (file.Failure is { } failure)
            {
                Note($"{item}: {Strip(failure, file.Path)}");
            }

            foreach (var error in file.Errors)
            {
                Note($"{item}: {error.Message}");
            }
        }
    }

    /// <summary>An item that failed as a whole (a page, a file).</summary>
    public void Fail(string item, string message)
    {
        Failed++;
        Note($"{item}: {message}");
    }

    public void Note(string message)
    {
        if (Notes.Count < MaxNotes)
        {
            Notes.Add($"{label}: {message}");
        }
        else if (Notes.Count == MaxNotes)
        {
            Notes.Add($"{label}: … more errors left out");
        }
    }

    /// <summary>ok, not-modified, partial (some items failed) or failed (the run brought nothing in).</summary>
    public string Status => Failure is not null ? SourceStatuses.Failed
        : NotModified ? SourceStatuses.NotModified
        : Failed > 0 ? SourceStatuses.Partial
        : SourceStatuses.Ok;

    // An importer's message starts with the temporary file's path: the item already names what it is.
    private static string Strip(string message, string path) =>
        message.StartsWith(path + ": ", StringComparison.Ordinal) ? message[(path.Length + 2)..] : message;
}
