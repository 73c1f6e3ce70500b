namespace Zhiku.Web.Localization;

/// <summary>
/// Picks the language of a request: <c>?lang=en|zh</c> switches and remembers the choice in the <c>zhiku-lang</c>
/// cookie; without either, an API request follows its Accept-Language header, and otherwise the platform speaks
/// Simplified Chinese (pages stay Chinese whatever the browser's header says).
/// </summary>
internal sealed class LanguageSelection(RequestDelegate next)
{
    public const string Cookie = "zhiku-lang";

    public Task InvokeAsync(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        string lang;
        if (Texts.IsKnown(asked))
        {
            lang = asked;
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }
        else if (Texts.IsKnown(context.Request.Cookies[Cookie]))
        {
            lang = context.Request.Cookies[Cookie]!;
        }
        else
        {
            lang = context.Request.Path.StartsWithSegments("/api") ? Accepted(context.Request) ?? Texts.Default : Texts.Default;
        }

        context.Items[Cookie] = lang;
        return next(context);
    }

    // The known language the client prefers most (en-US counts as en), if any.
    private static string? Accepted(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0d)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(Texts.IsKnown);
}
