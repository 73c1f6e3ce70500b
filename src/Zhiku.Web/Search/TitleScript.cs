using System.Text;
using Zhiku.Text.Scripts;

namespace Zhiku.Web.Search;

/// <summary>
/// The reader's choice of script for result titles: <c>?script=simplified</c> shows Traditional titles in Simplified
/// characters, <c>?script=original</c> shows every title as written (the default); the choice is remembered in the
/// <c>zhiku-script</c> cookie. Search itself finds both scripts either way.
/// </summary>
internal static class TitleScript
{
    public const string Cookie = "zhiku-script";
    public const string Simplified = "simplified";
    public const string Original = "original";

    /// <summary>Whether titles are shown in Simplified characters for this request (remembering a switch).</summary>
    public static bool ShowsSimplified(HttpContext context)
    {
        var asked = context.Request.Query["script"].ToString();
        if (asked is Simplified or Original)
        {
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return asked == Simplified;
        }

        return context.Request.Cookies[Cookie] == Simplified;
    }

    /// <summary>A title in the chosen script.</summary>
    public static string Show(string title, bool simplified) => simplified ? ScriptFolding.Default.Fold(title) : title;

    /// <summary>The current page's URL with the other choice.</summary>
    public static string Switch(HttpRequest request, bool simplified)
    {
        var url = new StringBuilder(request.PathBase).Append(request.Path);
        var first = true;
        foreach (var (key, values) in request.Query.Where(p => p.Key != "script"))
        {
            foreach (var value in values)
            {
                url.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
                first = false;
            }
        }

        return url.Append(first ? '?' : '&').Append("script=").Append(simplified ? Original : Simplified).ToString();
    }
}
