using System.Text;

namespace Zhiku.Web.Search;

/// <summary>
/// The reader's choice of how results are shown: <c>?view=cards</c> (the default) or <c>?view=table</c>, remembered in
/// the <c>zhiku-view</c> cookie; plain links switch it, no script needed.
/// </summary>
internal static class ResultView
{
    public const string Cookie = "zhiku-view";
    public const string Cards = "cards";
    public const string Table = "table";

    /// <summary>The view for this request ("cards" or "table"), remembering a switch.</summary>
    public static string Of(HttpContext context)
    {
        var asked = context.Request.Query["view"].ToString();
        if (asked is Cards or Table)
        {
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return asked;
        }

        return context.Request.Cookies[Cookie] == Table ? Table : Cards;
    }

    /// <summary>The current page's URL showing <paramref name="view"/>.</summary>
    public static string Switch(HttpRequest request, string view)
    {
        var url = new StringBuilder(request.PathBase).Append(request.Path);
        var first = true;
        foreach (var (key, values) in request.Query.Where(p => p.Key != "view"))
        {
            foreach (var value in values)
            {
                url.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
                first = false;
            }
        }

        return url.Append(first ? '?' : '&').Append("view=").Append(view).ToString();
    }
}
