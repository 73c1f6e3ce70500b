namespace Zhiku.Web.Localization;

/// <summary>
/// Picks the language of a request: <c>?lang=en|zh</c> switches and remembers the choice in the <c>zhiku-lang</c>
/// cookie; without either the platform speaks Simplified Chinese.
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
        else
        {
            lang = Texts.IsKnown(context.Request.Cookies[Cookie]) ? context.Request.Cookies[Cookie]! : Texts.Default;
        }

        context.Items[Cookie] = lang;
        return next(context);
    }
}
