using System.Text;

namespace Zhiku.Search.Querying;

/// <summary>Collapses runs of whitespace (line breaks of full texts included) to one space, for one-line snippets.</summary>
internal static class Whitespace
{
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
