using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Zhiku.Formats.Documents;

/// <summary>
/// A linear fallback for pathological HTML: HTML5 tree construction takes quadratic time on very deep nesting (50,000
/// nested elements took AngleSharp over a minute), so such pages are read by stripping tags instead of parsing them.
/// </summary>
internal static partial class HtmlFlatText
{
    /// <summary>Nesting past this depth is not a real page.</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>True when the open tags outnumber the closed ones by more than <see cref="MaxDepth"/> at some point.</summary>
    public static bool IsTooDeep(string html)
    {
        var depth = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            var end = i + 1;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end > i + 1 && !VoidElements.Contains(html[(i + 1)..end]) && ++depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of the page's body: hidden elements, comments and tags removed, blocks on their own lines.</summary>
    public static string Of(string html)
    {
        var body = html;
        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (bodyStart >= 0)
        {
            body = html[bodyStart..];
        }

        body = Hidden().Replace(body, " ");
        body = BlockTag().Replace(body, "\n");
        body = AnyTag().Replace(body, string.Empty);
        var text = new StringBuilder();
        foreach (var line in WebUtility.HtmlDecode(body).Split('\n'))
        {
            var collapsed = string.Join(' ', line.Split((char[])[' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
            if (collapsed.Length > 0)
            {
                text.Append(collapsed).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The head of the page (everything before body), small enough to parse for title and meta tags.</summary>
    public static string Head(string html)
    {
        var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        return bodyStart >= 0 ? html[..bodyStart] : string.Empty;
    }

    [GeneratedRegex(@"<!--[\s\S]*?-->|<(script|style|noscript|template|iframe|object|svg|math|select|button)\b[\s\S]*?</\1\s*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"</?(p|div|br|li|tr|h[1-6]|table|section|article|blockquote|pre|dd|dt|hr|td|th)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex AnyTag();
}
