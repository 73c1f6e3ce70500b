using System.Text;
using AngleSharp.Dom;

namespace Zhiku.Formats.Documents;

/// <summary>
/// The visible text of an HTML tree, one line per block. Walks the tree with an explicit stack, so hostile pages with
/// thousands of nested elements cannot overflow the call stack; script, style and template contents never enter.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "head", "select", "button",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header",
        "footer", "blockquote", "pre", "dd", "dt", "dl", "hr", "td", "th", "title", "main", "nav", "aside", "figure", "figcaption",
    };

    public static string Of(IElement? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        var line = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                if (Skipped.Contains(element.LocalName))
                {
                    continue;
                }

                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    EndLine(text, line);
                }

                if (closing)
                {
                    continue;
                }

                if (block)
                {
                    stack.Push((element, true));
                }

                for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node is IText t)
            {
                AppendCollapsed(line, t.Data);
            }
        }

        EndLine(text, line);
        return text.ToString().TrimEnd();
    }

    private static void AppendCollapsed(StringBuilder line, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
            }
        }
    }

    private static void EndLine(StringBuilder text, StringBuilder line)
    {
        var s = line.ToString().Trim();
        if (s.Length > 0)
        {
            text.Append(s).Append('\n');
        }

        line.Clear();
    }
}
