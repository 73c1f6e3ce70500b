using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.Search;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku search QUERY</c>: searches the knowledge base (the CLI on a data directory sees everything).</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "The query: words, \"phrases\", AND/OR/NOT, title:, author:, kind:, year:[2010 TO 2020] ..." };
        var limit = new Option<int>("--limit") { Description = "Hits per page", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging)" };
        var sort = new Option<string>("--sort") { Description = "relevance, date or citations", DefaultValueFactory = _ => "relevance" };
        var filter = new Option<string[]>("--filter") { Description = "Facet filter facet=value (repeatable), e.g. kind=policy-document", AllowMultipleArgumentsPerToken = false };
        var command = new Command("search", "Search works") { query, limit, offset, sort, filter };
        command.SetAction(parse => context.Guard(() =>
        {
            var filters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in parse.GetValue(filter) ?? [])
            {
                var eq = f.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new ArgumentException($"--filter needs facet=value, not '{f}'");
                }

                filters[f[..eq]] = f[(eq + 1)..];
            }

            var request = new SearchRequest
            {
                Query = parse.GetValue(query) ?? string.Empty,
                Limit = Math.Clamp(parse.GetValue(limit), 0, 10_000),
                Offset = Math.Max(0, parse.GetValue(offset)),
                Sort = (parse.GetValue(sort) ?? "relevance").ToLowerInvariant() switch
                {
                    "relevance" => SearchSort.Relevance,
                    "date" => SearchSort.Date,
                    "citations" or "cited" => SearchSort.Citations,
                    var other => throw new ArgumentException($"unknown sort '{other}': use relevance, date or citations"),
                },
                Filters = filters,
            };
            using var kb = context.Open(parse);
            var result = kb.Search(request, Caller.Owner);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new
                {
                    total = result.Total,
                    hits = result.Hits.Select(h => new { id = h.Id, kind = h.Kind, title = h.Title, year = h.Year, authors = h.Authors, source = h.Source, snippet = h.Snippet, score = h.Score }),
                    facets = result.Facets,
                });
                return 0;
            }

            var o = context.Output;
            o.WriteLine($"{result.Total} result(s)");
            var n = request.Offset;
            foreach (var hit in result.Hits)
            {
                o.WriteLine($"{++n,4}. [{hit.Id}] {hit.Title} ({hit.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d."}) {hit.Kind}");
                if (hit.Authors.Count > 0 || hit.Source is not null)
                {
                    o.WriteLine($"      {string.Join("; ", hit.Authors.Take(5))}{(hit.Authors.Count > 5 ? " et al." : string.Empty)}{(hit.Source is null ? string.Empty : " — " + hit.Source)}");
                }

                if (hit.Snippet.Length > 0)
                {
                    o.WriteLine($"      {System.Net.WebUtility.HtmlDecode(hit.Snippet.Replace("<em>", "[", StringComparison.Ordinal).Replace("</em>", "]", StringComparison.Ordinal))}");
                }
            }

            foreach (var (facet, values) in result.Facets.Where(f => f.Value.Count > 0))
            {
                o.WriteLine($"{facet}: " + string.Join(", ", values.Take(8).Select(v => $"{v.Key} ({v.Value})")));
            }

            return 0;
        }));
        return command;
    }
}
