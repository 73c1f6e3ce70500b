using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Zhiku.Dissemination.Oai;
using Zhiku.Knowledge;
using Zhiku.Web.Hosting;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Dissemination;

/// <summary>
/// <c>/oai</c>: the OAI-PMH 2.0 endpoint (GET, or POST with a form), anonymous and public records only whoever asks,
/// so that a harvester and a signed-in browser get the same answer.
/// </summary>
internal static class OaiApi
{
    public const string Route = "/oai";
    /// <summary>The zhiku format's schema, a static file (wwwroot/oai/zhiku.xsd).</summary>
    public const string SchemaRoute = "/oai/zhiku.xsd";

    public static IEndpointRouteBuilder MapOaiApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(string.Empty).AllowAnonymous().ExcludeFromDescription();
        group.MapMethods(Route, [HttpMethods.Get, HttpMethods.Post], RespondAsync).DisableAntiforgery();
        return app;
    }

    public static async Task RespondAsync(HttpContext context, KnowledgeBase kb, IOptions<ZhikuWebOptions> options, Texts texts)
    {
        var arguments = context.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))).ToList();
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            arguments.AddRange(form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty))));
        }

        var site = Site(context.Request);
        var oai = new OaiContext(site + Route, site + SchemaRoute, DateTime.UtcNow, key => texts[key]);
        // The answer is written to a buffer (spilling to a temporary file when large) and then sent: the core writes synchronously.
        await using var buffer = new FileBufferingWriteStream();
        new OaiProvider(kb, options.Value.Oai).Respond(arguments, oai, buffer);
        context.Response.ContentType = "text/xml; charset=utf-8";
        await buffer.DrainBufferAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>The platform's own address as the request reached it (scheme, host and path base).</summary>
    public static string Site(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
