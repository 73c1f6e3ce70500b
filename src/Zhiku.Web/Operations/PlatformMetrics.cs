using Prometheus;
using Zhiku.Knowledge;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Operations;

/// <summary>
/// The platform's Prometheus metrics in a registry of its own (several platforms in one process keep theirs apart):
/// requests by route template and status, search latency, import jobs by state and the index's documents and lag.
/// </summary>
internal sealed class PlatformMetrics
{
    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter _requests;
    private readonly Histogram _requestDuration;
    private readonly Histogram _searchDuration;

    public PlatformMetrics(KnowledgeBase kb, ImportQueue imports)
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        _requests = factory.CreateCounter("zhiku_http_requests_total", "HTTP requests answered, by route template, method and status code.", "route", "method", "status");
        _requestDuration = factory.CreateHistogram("zhiku_http_request_duration_seconds", "Time to answer an HTTP request, by route template, method and status code.",
            new HistogramConfiguration { LabelNames = ["route", "method", "status"], Buckets = LatencyBuckets });
        _searchDuration = factory.CreateHistogram("zhiku_search_duration_seconds", "Time to answer a search, by surface (api: /api/v1/search, page: the search page).",
            new HistogramConfiguration { LabelNames = ["surface"], Buckets = LatencyBuckets });
        var jobs = factory.CreateGauge("zhiku_import_jobs", "Import jobs the server knows of, by state (queued, running, finished, failed).", "state");
        var documents = factory.CreateGauge("zhiku_index_documents", "Documents in the search index.");
        var lag = factory.CreateGauge("zhiku_index_lag", "Store changes the search index has not applied yet (store's last change minus index checkpoint).");
        var ready = factory.CreateGauge("zhiku_ready", "1 when the store and the index answer, else 0.");
        Registry.AddBeforeCollectCallback(() =>
        {
            var all = imports.Jobs;
            jobs.WithLabels("queued").Set(all.Count(j => j.State == ImportJobState.Queued));
            jobs.WithLabels("running").Set(all.Count(j => j.State == ImportJobState.Running));
            jobs.WithLabels("finished").Set(all.Count(j => j.State == ImportJobState.Done));
            jobs.WithLabels("failed").Set(all.Count(j => j.State == ImportJobState.Failed));
            var readiness = Readiness.Probe(kb);
            ready.Set(readiness.Ready ? 1 : 0);
            documents.Set(readiness.Documents ?? 0);
            lag.Set(readiness.IndexLag ?? 0);
        });
    }

    public CollectorRegistry Registry { get; }

    public void Observe(string route, string method, int status, double seconds)
    {
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _requests.WithLabels(route, method, code).Inc();
        _requestDuration.WithLabels(route, method, code).Observe(seconds);
        if (SearchSurface(route, method) is { } surface)
        {
            _searchDuration.WithLabels(surface).Observe(seconds);
        }
    }

    private static string? SearchSurface(string route, string method) => (route, method) switch
    {
        ("/api/v1/search", "GET") => "api",
        ("/", "GET") => "page",
        _ => null,
    };
}
