using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.Cli.Remote;
using Zhiku.Search;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku search QUERY</c>: searches the knowledge base (the CLI on a data directory sees everything; on a server, what the token may see).</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "The query: words, \"phrases\", AND/OR/NOT, title:, author:, kind:, year:[2010 TO 2020] ..." };
        var limit = new Option<int>("--limit") { Description = "Hits per page", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging)" };
        var sort = new Option<string>("--sort") { Description = "relevance, date or citations", DefaultValueFactory = _ => "relevance" };
        var filter = new Option<string[]>("--filter") { Description = "Facet filter facet=value (repeatable), e.g. kind=policy-document", AllowMultipleArgumentsPerToken = false };
        var entity = new Option<string>("--entity") { Description = "works (default), people, organisations, projects, outputs or cases", DefaultValueFactory = _ => "works" };
        var command = new Command("search", "Search works or registry entities (in the data directory, or on a server with --server)") { query, limit, offset, sort, filter, entity };
        var remote = RemoteOptions.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            SearchOutput output;
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
                Sort = SearchRequestValues.Sort(parse.GetValue(sort), "--sort"),
                Filters = filters,
            };
            var kind = SearchRequestValues.Entity(parse.GetValue(entity), "--entity");
            if (kind != SearchEntity.Works)
            {
                return SearchEntities(context, parse, remote, kind, request);
            }

            if (remote.Server(parse) is { } server)
            {
                using (server)
                {
                    output = RemoteSearch.Run(server, request);
                }
            }
            else
            {
                using var kb = context.Open(parse);
                output = SearchOutput.From(kb.Read(Caller.Owner).Search(request));
            }

            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, output);
            }
            else
            {
                output.WriteText(context.Output, request.Offset);
            }

            return 0;
        }));
        return command;
    }

    private static int SearchEntities(CliContext context, ParseResult parse, RemoteOptions remote, SearchEntity kind, SearchRequest request)
    {
        var name = SearchRequestValues.EntityNames[(int)kind];
        EntitySearchOutput output;
        if (remote.Server(parse) is { } server)
        {
            using (server)
            {
                output = RemoteSearch.RunEntities(server, name, request);
            }
        }
        else
        {
            using var kb = context.Open(parse);
            output = EntitySearchOutput.From(name, kb.Read(Caller.Owner).SearchEntities(kind, request));
        }

        if (parse.GetValue(context.JsonOption))
        {
            Json.Write(context.Output, output);
        }
        else
        {
            output.WriteText(context.Output, request.Offset);
        }

        return 0;
    }
}
