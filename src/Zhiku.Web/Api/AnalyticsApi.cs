using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Zhiku.Access;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Reports;
using Zhiku.Analytics.Themes;
using Zhiku.Analytics.Trends;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Querying;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Api;

/// <summary>
/// <c>GET /api/v1/analytics/{summary|network|bursts|themes|trends}?q=</c>: the analytics of the core on the works the
/// caller's search finds (the JSON of <c>zhiku analyze ... --json</c>); <c>format=csv|xlsx</c> gives the table. The
/// search is <c>q</c> with the search page's facet filters (<c>f=facet:value</c>); <c>/report</c> is the analysis report.
/// </summary>
internal static class AnalyticsApi
{

    // Fits can hold NaN (an undefined R²); the web defaults would throw on it.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/analytics").WithTags("Analytics");
        group.MapGet("/summary", (HttpContext c, KnowledgeBase kb) => Run(c, kb, Summary)).WithSummary("Descriptive bibliometrics of the works q finds (merge=off: the records as exported)");
        group.MapGet("/network", (HttpContext c, KnowledgeBase kb) => NetworkFiles.Formats.Contains(c.Request.Query["format"].ToString()) ? NetworkFile(c, kb) : Run(c, kb, (set, q) => Network(set.Works, q)))
            .WithSummary("Co-word network (top, seed), Leiden clusters, VOS layout; format=json|csv|xlsx|vosviewer (map and network in a ZIP)|vosviewer-map|vosviewer-network|graphml|gexf|pajek");
        group.MapGet("/bursts", (HttpContext c, KnowledgeBase kb) => Run(c, kb, (set, q) => Bursts(set.Works, q))).WithSummary("Kleinberg keyword bursts by year (s, gamma)");
        group.MapGet("/themes", (HttpContext c, KnowledgeBase kb) => Run(c, kb, (set, q) => Themes(set.Works, q))).WithSummary("Thematic map (Callon centrality and density)");
        group.MapGet("/evolution", (HttpContext c, KnowledgeBase kb) => Run(c, kb, (set, q) => Evolution(set.Works, q))).WithSummary("Thematic evolution across periods (years=cut years; default: thirds of the documents)");
        group.MapGet("/trends", (HttpContext c, KnowledgeBase kb) => Run(c, kb, (set, q) => Trends(set.Works, q))).WithSummary("Logistic and Gompertz fits of yearly counts");
        group.MapGet("/report", AnalyticsReportApi.Report).WithSummary("HTML or DOCX analysis report (lang=zh|en, format=html|docx)");
        return app;
    }

    private static IResult Run(HttpContext context, KnowledgeBase kb, Func<AnalysisWorks, IQueryCollection, (object Json, List<string[]> Table)> analysis)
    {
        try
        {
            var query = context.Request.Query;
            var (q, filters) = AnalyticsRequest.Search(query);
            var (json, table) = analysis(kb.Read(context.Caller()).WorksForAnalysis(q, filters, AnalyticsRequest.Merge(query)), query);
            return query["format"].ToString() switch
            {
                "" or "json" => TypedResults.Json(json, JsonOptions),
                "csv" => TypedResults.Text(Csv(table), "text/csv; charset=utf-8", Encoding.UTF8),
                "xlsx" => TypedResults.File(AnalyticsXlsx.Write(table), AnalyticsXlsx.ContentType, context.Request.Path.Value?.Split('/')[^1] + ".xlsx"),
                var other => throw new ArgumentException($"format: unknown value '{other}' (use json|csv|xlsx" + (context.Request.Path.Value?.EndsWith("/network", StringComparison.Ordinal) == true ? "|" + string.Join("|", NetworkFiles.Formats) : string.Empty) + ")"),
            };
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad analysis request");
        }
    }

    // The network as the files the CLI writes (VOSviewer, GraphML, GEXF, Pajek).
    private static IResult NetworkFile(HttpContext context, KnowledgeBase kb)
    {
        try
        {
            var (q, filters) = AnalyticsRequest.Search(context.Request.Query);
            var run = NetworkRun.Compute(Works(kb, q, context.Caller(), filters), AnalyticsRequest.Network(context.Request.Query));
            var (bytes, type, name) = NetworkFiles.Write(run.Map, context.Request.Query["format"].ToString());
            return TypedResults.File(bytes, type, name);
        }
        catch (Exception e) when (e is SearchSyntaxException or ArgumentException)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad analysis request");
        }
    }

    /// <summary>The works the query finds through the search with the request's caller, so that access applies.</summary>
    internal static List<WorkRecord> Works(KnowledgeBase kb, string query, Caller caller, IReadOnlyDictionary<string, string>? filters = null) =>
        kb.Read(caller).WorksMatching(query, filters);

    private static (object, List<string[]>) Summary(AnalysisWorks set, IQueryCollection query)
    {
        var s = SummaryCalculator.Compute(set.Works) with { Deduplication = set.Deduplication };
        var d = set.Deduplication;
        var table = new List<string[]>
        {
            new[] { "measure", "value" },
            new[] { "documents", N(s.Documents) },
            new[] { "timespan", $"{s.Timespan.From}:{s.Timespan.To}" },
            new[] { "sources", N(s.Sources) },
            new[] { "annualGrowthRate", N(s.AnnualGrowthRate) },
            new[] { "averageCitationsPerDocument", N(s.AverageCitationsPerDocument) },
            new[] { "documentsWithoutCitationCounts", N(s.DocumentsWithoutCitationCounts) },
            new[] { "references", N(s.References) },
            new[] { "authorKeywords", N(s.AuthorKeywords) },
            new[] { "keywordsPlus", N(s.KeywordsPlus) },
            new[] { "authors", N(s.Authors) },
            new[] { "authorAppearances", N(s.AuthorAppearances) },
            new[] { "singleAuthoredDocuments", N(s.SingleAuthoredDocuments) },
            new[] { "coAuthorsPerDocument", N(s.CoAuthorsPerDocument) },
            new[] { "internationalCoAuthorships", N(s.InternationalCoAuthorships) },
        };
        table.AddRange(s.AnnualProduction.Select(p => new[] { "annualProduction." + N(p.Key), N(p.Value) }));
        table.Add(["merged", d.Merged ? "yes" : "no"]);
        table.Add(["records", N(d.Records)]);
        table.Add(["mergedRecords", N(d.MergedRecords)]);
        table.AddRange(d.Duplicates.Select(m => new[] { "duplicate." + m.Work, m.Evidence + ": " + string.Join(" + ", m.Records) }));
        return (s, table);
    }

    private static (object, List<string[]>) Network(IReadOnlyList<WorkRecord> works, IQueryCollection query)
    {
        var parameters = AnalyticsRequest.Network(query);
        var run = NetworkRun.Compute(works, parameters);
        var (map, clustering, labels) = (run.Map, run.Clustering, run.Labels);
        var nodes = map.Labels.Select((l, i) => new { id = i + 1, label = l, cluster = map.Clusters[i] + 1, occurrences = map.Occurrences[i], links = map.Degree(i), strength = map.Strength(i), x = map.X[i], y = map.Y[i] }).ToList();
        var json = new
        {
            type = parameters.Kind,
            documents = works.Count,
            nodes,
            edges = map.Links().Select(e => new { source = e.Source + 1, target = e.Target + 1, weight = e.Weight }),
            clusters = labels.Select(c => new { id = c.Cluster + 1, size = c.Size, documents = c.Documents, labels = c.Terms.Select(t => new { term = t.Term, llr = t.Llr }) }),
            clusterCount = clustering.ClusterCount,
            quality = clustering.Quality,
            modularity = clustering.Modularity,
            parameters = new { top = parameters.Selection.Top, occurrences = parameters.Selection.MinOccurrences, counting = parameters.Counting, normalize = parameters.Normalization, clustering = clustering.Options, layout = run.Layout },
        };
        var table = new List<string[]> { new[] { "id", "label", "cluster", "occurrences", "links", "strength", "x", "y" } };
        table.AddRange(nodes.Select(n => new[] { N(n.id), n.label, N(n.cluster), N(n.occurrences), N(n.links), N(n.strength), N(n.x), N(n.y) }));
        return (json, table);
    }

    private static (object, List<string[]>) Bursts(IReadOnlyList<WorkRecord> works, IQueryCollection query)
    {
        var options = new BurstOptions { S = Number(query, "s", 2.0), Gamma = Number(query, "gamma", 1.0) };
        var (series, slices) = YearlySeries.Build(
            [.. works.Select(w => (w.Year, (IReadOnlyList<string>)[.. w.AuthorKeywords.Concat(w.IndexKeywords).Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0)]))],
            Int(query, "min", 2, 1, 1000));
        var report = BurstDetection.Run(series, slices, options);
        var json = new
        {
            bursts = report.Bursts.Select(b => new { term = b.Term, start = b.Start, end = b.End, weight = b.Weight }),
            slices = report.Slices,
            terms = series.Count,
            parameters = report.Options,
        };
        var table = new List<string[]> { new[] { "term", "start", "end", "weight" } };
        table.AddRange(report.Bursts.Select(b => new[] { b.Term, b.Start, b.End, N(b.Weight) }));
        return (json, table);
    }

    private static IReadOnlyList<string> ThemeItems(WorkRecord work, bool keywordsPlus) =>
        [.. (keywordsPlus ? work.IndexKeywords : work.AuthorKeywords).Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0)];

    private static (string Field, bool Plus) ThemeField(IReadOnlyList<WorkRecord> works, IQueryCollection query)
    {
        // As the CLI and bibliometrix's thematicMap: Keywords Plus by default; CNKI-style records without them use author keywords.
        var field = query["field"].ToString() is { Length: > 0 } f ? f : works.Any(w => w.IndexKeywords.Count > 0) ? "keywords-plus" : "keywords";
        return field switch
        {
            "keywords-plus" => (field, true),
            "keywords" => (field, false),
            _ => throw new ArgumentException($"field: unknown value '{field}' (use keywords-plus|keywords)"),
        };
    }

    private static ThematicMapOptions ThemeOptions(IQueryCollection query) =>
        new() { Words = Int(query, "words", 250, 10, 1000), MinFrequencyPerThousand = Int(query, "min", 5, 2, 1000), Seed = 1234 };

    private static (object, List<string[]>) Evolution(IReadOnlyList<WorkRecord> works, IQueryCollection query)
    {
        var (field, plus) = ThemeField(works, query);
        var cuts = query["years"].ToString() is { Length: > 0 } years ? Years(years) : DefaultCuts(works);
        var result = ThematicEvolution.Compute([.. works.Select(w => (w.Year, ThemeItems(w, plus)))], cuts, ThemeOptions(query));
        var json = JsonSerializer.SerializeToNode(ThemeDocuments.Evolution(result), JsonOptions)!.AsObject();
        json.Insert(0, "field", field);
        json.Insert(1, "years", new JsonArray([.. cuts.Select(c => (JsonNode)c)]));
        string Theme(int period, int theme) =>
            result.Periods[period].Map.Themes.FirstOrDefault(t => t.Id == theme)?.Label ?? N(theme);
        string Period(int period) => $"{result.Periods[period].From}–{result.Periods[period].To}";
        var table = new List<string[]> { new[] { "from period", "from theme", "to period", "to theme", "inclusion", "weighted inclusion", "stability", "words" } };
        table.AddRange(result.Links.Select(l => new[]
        {
            Period(l.FromPeriod), Theme(l.FromPeriod, l.FromTheme), Period(l.ToPeriod), Theme(l.ToPeriod, l.ToTheme),
            N(l.Inclusion), N(l.WeightedInclusion), N(l.Stability), string.Join("; ", l.Words),
        }));
        return (json, table);
    }

    private static List<int> Years(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(y => int.TryParse(y, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v is > 0 and < 10_000
                ? v : throw new ArgumentException($"years: '{y}' is not a year (use cut years such as 2000,2010)"))];

    // Without cut years: the years that split the dated documents into thirds, as far as distinct years allow.
    private static List<int> DefaultCuts(IReadOnlyList<WorkRecord> works)
    {
        var years = works.Where(w => w.Year is not null).Select(w => w.Year!.Value).Order().ToList();
        return years.Count < 3 ? [] : [.. new[] { years[(years.Count - 1) / 3], years[2 * (years.Count - 1) / 3] }.Distinct().Where(y => y < years[^1])];
    }

    private static (object, List<string[]>) Themes(IReadOnlyList<WorkRecord> works, IQueryCollection query)
    {
        var (field, plus) = ThemeField(works, query);
        var map = ThematicMap.Compute([.. works.Select(w => ThemeItems(w, plus))], ThemeOptions(query));
        var json = JsonSerializer.SerializeToNode(ThemeDocuments.Map(map), JsonOptions)!.AsObject();
        json.Insert(0, "field", field);
        var table = new List<string[]> { new[] { "id", "label", "quadrant", "centrality", "density", "frequency", "words" } };
        table.AddRange(map.Themes.Select(t => new[] { N(t.Id), t.Label, t.Quadrant.ToString(), N(t.Centrality), N(t.Density), N(t.Frequency), string.Join("; ", t.Words.Select(w => w.Word)) }));
        return (json, table);
    }

    private static (object, List<string[]>) Trends(IReadOnlyList<WorkRecord> works, IQueryCollection query)
    {
        var topic = query["topic"].ToString();
        works = TrendTopic.Select(works, topic);
        var result = TrendAnalysis.Analyze(TrendTopic.YearlyCounts(works), new TrendOptions { Horizon = Int(query, "horizon", 5, 1, 50), Seed = 1 });
        var best = result.Best == GrowthModel.Gompertz ? result.Gompertz : result.Logistic;
        var json = new
        {
            documents = works.Count,
            topic,
            years = result.Years,
            counts = result.Counts,
            cumulative = result.Cumulative,
            best = result.Best?.ToString(),
            stage = best?.Stage.ToString(),
            logistic = result.Logistic,
            gompertz = result.Gompertz,
            smoothing = result.Smoothing,
            parameters = result.Options,
        };
        var table = new List<string[]> { new[] { "year", "count", "cumulative", "fitted" } };
        table.AddRange(result.Years.Select((y, i) => new[] { N(y), N(result.Counts[i]), N(result.Cumulative[i]), best is null || i >= best.Fitted.Count ? string.Empty : N(best.Fitted[i]) }));
        if (best is not null)
        {
            table.AddRange(best.Forecast.Select(f => new[] { N(f.Year), string.Empty, string.Empty, N(f.Value) }));
        }

        return (json, table);
    }

    internal static int Int(IQueryCollection query, string name, int fallback, int min, int max) =>
        string.IsNullOrEmpty(query[name]) ? fallback
        : int.TryParse(query[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? Math.Clamp(v, min, max)
        : throw new ArgumentException($"{name}: '{query[name]}' is not a whole number");

    internal static double Number(IQueryCollection query, string name, double fallback) =>
        string.IsNullOrEmpty(query[name]) ? fallback
        : double.TryParse(query[name], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && double.IsFinite(v) ? v
        : throw new ArgumentException($"{name}: '{query[name]}' is not a positive number");

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>RFC 4180 quoting; cells starting with = + - @ are prefixed with ' against spreadsheet formula injection.</summary>
    private static string Csv(List<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
