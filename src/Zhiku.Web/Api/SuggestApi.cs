using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Knowledge;
using Zhiku.Search.Suggesting;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/suggest?q=prefix</c>: up to ten completions (keywords, authors, title words) from works the caller may see.</summary>
internal static class SuggestApi
{
    private const int MaxPrefix = 100;

    public static IEndpointRouteBuilder MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/suggest").WithTags("Search").MapGet("/", Suggest)
            .WithSummary("Complete a search prefix")
            .WithDescription("q: the prefix (Chinese or Latin, case-insensitive); n: how many (1-10, default 10). Each completion says its kind (keyword, author, titleWord) and how many works the caller may see carry it.");
        return app;
    }

    public static Ok<SuggestJson> Suggest(string? q, int? n, HttpContext context, KnowledgeBase kb)
    {
        var prefix = (q ?? string.Empty).Trim();
        var suggestions = prefix.Length is 0 or > MaxPrefix ? [] : kb.Read(context.Caller()).Suggest(prefix, Math.Clamp(n ?? 10, 1, 10));
        // The answer depends on who asks: browsers may keep it briefly, shared caches never.
        context.Response.Headers.CacheControl = "private, max-age=30";
        return TypedResults.Ok(new SuggestJson(prefix, suggestions));
    }
}

/// <summary>The answer of <c>/api/v1/suggest</c>.</summary>
internal sealed record SuggestJson(string Q, IReadOnlyList<Suggestion> Suggestions);
