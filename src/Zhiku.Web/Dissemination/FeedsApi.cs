using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Zhiku.Dissemination.Feeds;
using Zhiku.Knowledge;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Dissemination;

/// <summary>
/// <c>/feeds/outputs.atom</c> and <c>/feeds/search.atom?q=…</c>: Atom feeds of the newest public outputs and of the
/// newest public works of any search, the same for every caller (an anonymous visitor's view).
/// </summary>
internal static class FeedsApi
{
    private const string AtomType = "application/atom+xml; charset=utf-8";

    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/feeds").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/outputs.atom", OutputsAsync);
        group.MapGet("/search.atom", SearchAsync);
        return app;
    }

    public static Task OutputsAsync(HttpContext context, KnowledgeBase kb, Texts texts) =>
        SendAsync(context, stream => new PublicFeeds(kb).WriteOutputs(Context(context, texts, texts["feeds.outputs.title"]), stream));

    public static Task SearchAsync([AsParameters] FeedSearchParameters parameters, HttpContext context, KnowledgeBase kb, Texts texts)
    {
        var query = (parameters.Q ?? string.Empty).Trim();
        if (query.Length == 0)
        {
            throw new BadHttpRequestException(texts["feeds.problem.query"]);
        }

        return SendAsync(context, stream => new PublicFeeds(kb).WriteSearch(query, Context(context, texts, texts.Format("feeds.search.title", query)), stream));
    }

    private static AtomContext Context(HttpContext context, Texts texts, string title)
    {
        var site = OaiApi.Site(context.Request);
        return new AtomContext(site + context.Request.Path + context.Request.QueryString, site + "/", id => $"{site}/works/{id}", title, texts.HtmlLang, texts["feeds.author"], DateTime.UtcNow);
    }

    private static async Task SendAsync(HttpContext context, Action<Stream> write)
    {
        await using var buffer = new FileBufferingWriteStream();
        write(buffer);
        context.Response.ContentType = AtomType;
        await buffer.DrainBufferAsync(context.Response.Body, context.RequestAborted);
    }
}

/// <summary>The query string of <c>GET /feeds/search.atom</c>.</summary>
internal sealed record FeedSearchParameters(
    [property: FromQuery(Name = "q"), Description("The search, in the search page's syntax.")]
    string? Q);
