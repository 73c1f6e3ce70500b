using System.Text;

namespace Zhiku.Formats.BibTex;

/// <summary>Escapes plain text for a braced BibTeX value; non-ASCII stays as UTF-8 (biber and modern BibTeX read it).</summary>
internal static class BibTexEscaping
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        // A line break (CNKI's "(#br)") is written as \par, which the importer turns back into one.
        foreach (var c in text.Trim().ReplaceLineEndings("\n"))
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '\n' => @"\par ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString().Trim();
    }

    /// <summary>A name for a " and "-separated list, braced when it holds " and " itself.</summary>
    public static string Name(string name)
    {
        var escaped = Escape(name);
        return escaped.Contains(" and ", StringComparison.OrdinalIgnoreCase) ? "{" + escaped + "}" : escaped;
    }
}
