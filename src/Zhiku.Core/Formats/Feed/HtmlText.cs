using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Zhiku.Formats.Feed;

/// <summary>Turns the HTML of a feed description into plain text: tags and scripts dropped, entities decoded, spaces collapsed.</summary>
internal static partial class HtmlText
{
    /// <summary>The text of an HTML fragment (plain text passes through with entities decoded).</summary>
    public static string? ToText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        string text;
        if (html.Contains('<', StringComparison.Ordinal))
        {
            var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
            foreach (var element in document.QuerySelectorAll("script, style, iframe, object, embed"))
            {
                element.Remove();
            }

            foreach (var element in document.QuerySelectorAll("br, p, div, li"))
            {
                element.Parent?.InsertBefore(document.CreateTextNode(" "), element);
            }

            text = document.Body?.TextContent ?? string.Empty;
        }
        else
        {
            text = WebUtility.HtmlDecode(html);
        }

        text = Spaces().Replace(text, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
