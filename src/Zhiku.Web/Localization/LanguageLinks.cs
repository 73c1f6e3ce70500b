using System.Text;

namespace Zhiku.Web.Localization;

/// <summary>The current page's URL in another language (the switch in the header).</summary>
internal static class LanguageLinks
{
    public static string Switch(HttpRequest request, string lang)
    {
        var url = new StringBuilder(request.PathBase).Append(request.Path);
        var first = true;
        foreach (var (key, values) in request.Query.Where(p => p.Key != "lang"))
        {
            foreach (var value in values)
            {
                url.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
                first = false;
            }
        }

        return url.Append(first ? '?' : '&').Append("lang=").Append(lang).ToString();
    }
}
