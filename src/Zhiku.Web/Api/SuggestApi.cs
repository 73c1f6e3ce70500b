using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhiku.Knowledge;
using Zhiku.Search.Suggesting;

namespace Zhiku.Web.Api;

/// <summary><c>GET /api/v1/suggest?q=prefix</c>: up to ten completions (keywords, authors, title words) from works the caller may see.</summary>
internal static class SuggestApi
{
    private const int MaxPrefix = 100;

    public static IEndpointRouteBuilder MapSuggestApi(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/suggest").WithTags("Search").MapGet("/", Suggest)
            .WithSummary("Complete a search prefix")
            .WithDescription("Each completion says its kind (keyword, author, titleWord, or textWord — a Chinese word or phrase of an abstract or full text) and how many works the caller may see carry it.");
        return api;
    }

    public static Ok<SuggestJson> Suggest([AsParameters] SuggestParameters parameters, ApiCaller caller, KnowledgeBase kb, HttpResponse response)
    {
        var prefix = (parameters.Q ?? string.Empty).Trim();
        var suggestions = prefix.Length is 0 or > MaxPrefix ? [] : kb.Read(caller.Value).Suggest(prefix, Math.Clamp(parameters.N ?? 10, 1, 10));
        // The answer depends on who asks: browsers may keep it briefly, shared caches never.
        response.Headers.CacheControl = "private, max-age=30";
        return TypedResults.Ok(new SuggestJson(prefix, suggestions));
    }
}

/// <summary>The query string of <c>GET /api/v1/suggest</c>.</summary>
internal sealed record SuggestParameters(
    [property: FromQuery(Name = "q"), Description("The prefix (Chinese or Latin, case-insensitive, up to 100 characters).")]
    string? Q,
    [property: FromQuery(Name = "n"), Description("How many completions, 1-10 (default 10).")]
    int? N);

/// <summary>The answer of <c>/api/v1/suggest</c>.</summary>
internal sealed record SuggestJson(string Q, IReadOnlyList<Suggestion> Suggestions);
