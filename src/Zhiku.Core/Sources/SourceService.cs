using System.Globalization;
using System.Net;
using Zhiku.Knowledge;
using Zhiku.Storage;
using Zhiku.Storage.Sources;

namespace Zhiku.Sources;

/// <summary>
/// Harvested sources of a knowledge base: adds and lists them, and runs them (one, all, or those due), one at a time.
/// A source that fails is recorded with its error and never stops the others; every run is logged.
/// </summary>
public sealed class SourceService : IDisposable
{
    private readonly KnowledgeBase _kb;
    private readonly SourceRows _rows;
    private readonly HarvestOptions _options;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <param name="http">The client to fetch with; null: one of its own (no automatic redirects beyond 5, no cookies).</param>
    public SourceService(KnowledgeBase kb, HarvestOptions? options = null, HttpClient? http = null)
    {
        _kb = kb;
        _rows = new SourceRows(kb.Store);
        _options = options ?? new HarvestOptions();
        _ownsHttp = http is null;
        _http = http ?? new HttpClient(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            MaxAutomaticRedirections = 5,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Zhiku-harvester/1.0");
    }

    /// <summary>The clock runs are timed by (tests set it).</summary>
    public Func<DateTime> Clock { get; init; } = () => DateTime.UtcNow;

    /// <summary>
    /// Adds a source. The kind is rss, atom, openalex or folder; the location an http(s) URL, or for a folder an existing
    /// folder; the interval as "6h"; the owner an organisation by name (the home organisation when null).
    /// </summary>
    public SourceRow Add(string kind, string location, string every, string? access = null, string? owner = null)
    {
        var sourceKind = SourceKinds.Parse(kind);
        var where = Location(sourceKind, location);
        var seconds = SourceInterval.ParseSeconds(every);
        var level = AccessLevels.Name(AccessLevels.Parse(access ?? "public"));
        var orgId = owner is { Length: > 0 } name
            ? _kb.FindOrganisation(name) ?? throw new ArgumentException($"unknown owner organisation '{name}': add it first (zhiku orgs add)")
            : _kb.Store.HomeOrganisationId;
        var id = _rows.Insert(sourceKind, where, orgId, level, seconds, Now());
        return _rows.Find(id)!;
    }

    public IReadOnlyList<SourceRow> List() => _rows.All();

    public SourceRow? Find(long id) => _rows.Find(id);

    /// <summary>The name of a source's owner organisation ("O12" when it is gone).</summary>
    public string OwnerName(SourceRow source) => _rows.OrganisationName(source.OrganisationId) ?? $"O{source.OrganisationId}";

    /// <summary>The latest runs of a source, newest first.</summary>
    public IReadOnlyList<SourceRunRow> Runs(long id, int count = 20) => _rows.Runs(id, count);

    /// <summary>Changes a source's location, access, interval or whether it runs on schedule.</summary>
    public SourceRow Update(long id, string? location = null, string? access = null, string? every = null, bool? enabled = null)
    {
        var source = _rows.Find(id) ?? throw new ArgumentException($"no source S{id}");
        _rows.Update(
            id,
            location is null ? source.Location : Location(source.Kind, location),
            access is null ? source.Access : AccessLevels.Name(AccessLevels.Parse(access)),
            every is null ? source.IntervalSeconds : SourceInterval.ParseSeconds(every),
            enabled ?? source.Enabled);
        return _rows.Find(id)!;
    }

    /// <summary>Runs one source now, whatever its schedule.</summary>
    public async Task<SourceRunRow> RunAsync(long id, CancellationToken cancellationToken = default) =>
        await RunSourceAsync(_rows.Find(id) ?? throw new ArgumentException($"no source S{id}"), cancellationToken);

    /// <summary>Runs every enabled source, one after the other.</summary>
    public async Task<IReadOnlyList<SourceRunRow>> RunAllAsync(CancellationToken cancellationToken = default)
    {
        var runs = new List<SourceRunRow>();
        foreach (var source in _rows.All().Where(s => s.Enabled))
        {
            runs.Add(await RunSourceAsync(source, cancellationToken));
        }

        return runs;
    }

    /// <summary>
    /// Runs the enabled sources whose next run has come, the most overdue first. Each is claimed before it runs, so that
    /// two nodes of one store never run the same source at once.
    /// </summary>
    public async Task<IReadOnlyList<SourceRunRow>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var runs = new List<SourceRunRow>();
        foreach (var source in _rows.Due(Now()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_rows.Claim(source.Id, source.NextRun, Stamp(Clock().AddSeconds(source.IntervalSeconds))))
            {
                runs.Add(await RunSourceAsync(source, cancellationToken));
            }
        }

        return runs;
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<SourceRunRow> RunSourceAsync(SourceRow source, CancellationToken cancellationToken)
    {
        var started = Now();
        var outcome = new RunOutcome($"source S{source.Id} ({source.Location})")
        {
            ETag = source.ETag,
            LastModified = source.LastModified,
            Cursor = source.Cursor,
        };
        try
        {
            var owner = _rows.OrganisationName(source.OrganisationId)
                ?? throw new InvalidOperationException($"its owner organisation O{source.OrganisationId} no longer exists");
            var context = new HarvestContext(_kb, source, owner, new HttpFetcher(_http, _options), _options, outcome);
            switch (source.Kind)
            {
                case SourceKinds.Rss or SourceKinds.Atom:
                    await FeedHarvester.RunAsync(context, cancellationToken);
                    break;
                case SourceKinds.OpenAlex:
                    await OpenAlexHarvester.RunAsync(context, cancellationToken);
                    break;
                case SourceKinds.Folder:
                    FolderHarvester.Run(context, _rows, cancellationToken);
                    break;
                default:
                    throw new InvalidOperationException($"sources of kind {source.Kind} cannot be harvested yet");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome.Failure = "the run was cancelled (the server is stopping)";
            outcome.Note(outcome.Failure);
        }
        catch (Exception e) when (e is HarvestFetchException or InvalidOperationException or IOException or UnauthorizedAccessException
            or UriFormatException or HttpRequestException or Files.ImportException || KnowledgeStore.IsStoreFailure(e))
        {
            outcome.Failure = e.Message;
            outcome.Note(e.Message);
        }

        var finished = Now();
        var errors = outcome.Notes.Count == 0 ? null : string.Join('\n', outcome.Notes);
        var status = outcome.Status;
        var run = new SourceRunRow(0, source.Id, started, finished, status, outcome.Fetched, outcome.New, outcome.Updated, outcome.Unchanged,
            outcome.Failed + (outcome.Failure is null ? 0 : 1), errors);
        var after = source with
        {
            LastRun = finished,
            NextRun = Stamp(Clock().AddSeconds(source.IntervalSeconds)),
            LastStatus = status,
            New = run.New,
            Updated = run.Updated,
            Unchanged = run.Unchanged,
            Failed = run.Failed,
            LastError = status is SourceStatuses.Ok or SourceStatuses.NotModified ? null : outcome.Failure ?? outcome.Notes.LastOrDefault(),
            ETag = outcome.ETag,
            LastModified = outcome.LastModified,
            Cursor = outcome.Cursor,
        };
        _rows.Finish(after, run);
        return _rows.Runs(source.Id, 1)[0];
    }

    private static string Location(string kind, string location)
    {
        var text = (location ?? string.Empty).Trim();
        if (SourceKinds.IsHttp(kind))
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri.ToString()
                : throw new ArgumentException($"the URL '{location}' is not an absolute http or https URL");
        }

        var full = Path.GetFullPath(text.Length == 0 ? throw new ArgumentException("a folder source needs a folder (--url PATH)") : text);
        return Directory.Exists(full) ? full : throw new ArgumentException($"the folder '{location}' does not exist");
    }

    private string Now() => Stamp(Clock());

    private static string Stamp(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
