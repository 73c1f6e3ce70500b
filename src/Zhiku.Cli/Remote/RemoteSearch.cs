using System.Globalization;
using System.Text;
using Zhiku.Cli.Commands;
using Zhiku.Search;

namespace Zhiku.Cli.Remote;

/// <summary><c>zhiku search --server</c>: <c>GET /api/v1/search</c>, whose JSON is the shape of <c>zhiku search --json</c>.</summary>
internal static class RemoteSearch
{
    public static SearchOutput Run(RemoteServer server, SearchRequest request) =>
        server.GetJson<SearchOutput>(Path(request))
        ?? throw new RemoteException($"{server.Address} answered the search with no content", RemoteException.Failed);

    /// <summary><c>GET /api/v1/search?entity=...</c>: people, organisations, projects, outputs or cases.</summary>
    public static EntitySearchOutput RunEntities(RemoteServer server, string entity, SearchRequest request) =>
        server.GetJson<EntitySearchOutput>(Path(request) + "&entity=" + Uri.EscapeDataString(entity))
        ?? throw new RemoteException($"{server.Address} answered the search with no content", RemoteException.Failed);

    public static string Path(SearchRequest request)
    {
        var url = new StringBuilder("api/v1/search?q=").Append(Uri.EscapeDataString(request.Query));
        foreach (var (facet, value) in request.Filters)
        {
            url.Append("&f=").Append(Uri.EscapeDataString(facet + ":" + value));
        }

        url.Append("&sort=").Append(request.Sort.ToString().ToLowerInvariant())
            .Append("&offset=").Append(request.Offset.ToString(CultureInfo.InvariantCulture))
            .Append("&limit=").Append(request.Limit.ToString(CultureInfo.InvariantCulture));
        return url.ToString();
    }
}
