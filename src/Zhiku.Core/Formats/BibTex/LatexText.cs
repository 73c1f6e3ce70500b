using System.Text;
using Zhiku.Files.Tagged;

namespace Zhiku.Formats.BibTex;

/// <summary>Turns BibTeX/LaTeX field text into plain Unicode: accents, escaped specials, common symbols; braces dropped.</summary>
internal static class LatexText
{
    private static readonly Dictionary<char, char> SymbolAccents = new()
    {
        ['\''] = '\u0301',
        ['`'] = '\u0300',
        ['^'] = '\u0302',
        ['"'] = '\u0308',
        ['~'] = '\u0303',
        ['='] = '\u0304',
        ['.'] = '\u0307',
    };

    private static readonly Dictionary<string, char> LetterAccents = new(StringComparer.Ordinal)
    {
        ["c"] = '\u0327',
        ["v"] = '\u030C',
        ["u"] = '\u0306',
        ["H"] = '\u030B',
        ["k"] = '\u0328',
        ["r"] = '\u030A',
        ["d"] = '\u0323',
        ["b"] = '\u0331',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["aa"] = "å",
        ["AA"] = "Å",
        ["o"] = "ø",
        ["O"] = "Ø",
        ["ss"] = "ß",
        ["l"] = "ł",
        ["L"] = "Ł",
        ["ae"] = "æ",
        ["AE"] = "Æ",
        ["oe"] = "œ",
        ["OE"] = "Œ",
        ["i"] = "ı",
        ["j"] = "ȷ",
        ["textbackslash"] = "\\",
        ["textasciitilde"] = "~",
        ["textasciicircum"] = "^",
        ["textendash"] = "–",
        ["textemdash"] = "—",
        ["textregistered"] = "®",
        ["copyright"] = "©",
        ["textcopyright"] = "©",
        ["textquoteright"] = "’",
        ["textquoteleft"] = "‘",
        ["alpha"] = "α",
        ["beta"] = "β",
        ["gamma"] = "γ",
        ["delta"] = "δ",
        ["epsilon"] = "ε",
        ["kappa"] = "κ",
        ["lambda"] = "λ",
        ["mu"] = "μ",
        ["pi"] = "π",
        ["par"] = Paragraph,
        ["sigma"] = "σ",
        ["tau"] = "τ",
        ["omega"] = "ω",
        ["Omega"] = "Ω",
        ["pm"] = "±",
        ["times"] = "×",
        ["le"] = "≤",
        ["ge"] = "≥",
    };

    // Stands for \par while whitespace is collapsed (the regex leaves U+2029 alone), then becomes a line break.
    private const string Paragraph = "\u2029";

    /// <summary>The plain text of a field value, whitespace collapsed; "\par" becomes a line break.</summary>
    public static string ToUnicode(string raw)
    {
        var text = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i++];
            switch (c)
            {
                case '\\':
                    i = Command(raw, i, text);
                    break;
                case '{' or '}' or '$':
                    break;
                case '~':
                    text.Append(' ');
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        var plain = ValueText.OneLine(text.ToString()).Normalize(NormalizationForm.FormC);
        return plain.Contains(Paragraph, StringComparison.Ordinal)
            ? plain.Replace(" " + Paragraph, Paragraph, StringComparison.Ordinal).Replace(Paragraph + " ", Paragraph, StringComparison.Ordinal)
                .Replace(Paragraph, "\n", StringComparison.Ordinal).Trim()
            : plain;
    }

    // Reads the command after a backslash at raw[i]; returns the index after it.
    private static int Command(string raw, int i, StringBuilder text)
    {
        if (i >= raw.Length)
        {
            return i;
        }

        var c = raw[i];
        if (SymbolAccents.TryGetValue(c, out var mark))
        {
            return Accent(raw, i + 1, mark, text);
        }

        if (!char.IsAsciiLetter(c))
        {
            text.Append(c is '\\' ? ' ' : c); // \& \% \$ \# \_ \{ \} and "\\" (a line break)
            return i + 1;
        }

        var start = i;
        while (i < raw.Length && char.IsAsciiLetter(raw[i]))
        {
            i++;
        }

        var name = raw[start..i];
        if (LetterAccents.TryGetValue(name, out mark))
        {
            while (i < raw.Length && raw[i] == ' ')
            {
                i++;
            }

            return Accent(raw, i, mark, text);
        }

        if (Symbols.TryGetValue(name, out var symbol))
        {
            text.Append(symbol);
        }

        // As in TeX, an empty group or one space after a control word belongs to the command ("\ss{}", "\o rsted").
        if (i + 1 < raw.Length && raw[i] == '{' && raw[i + 1] == '}')
        {
            return i + 2;
        }

        return i < raw.Length && raw[i] == ' ' ? i + 1 : i;
    }

    // Applies a combining mark to the argument: "{e}", "e", "{\i}".
    private static int Accent(string raw, int i, char mark, StringBuilder text)
    {
        string argument;
        if (i < raw.Length && raw[i] == '{')
        {
            var end = raw.IndexOf('}', i);
            end = end < 0 ? raw.Length : end;
            argument = raw[(i + 1)..end];
            i = Math.Min(end + 1, raw.Length);
        }
        else if (i < raw.Length)
        {
            argument = raw[i].ToString();
            i++;
        }
        else
        {
            return i;
        }

        argument = argument.Trim() switch { "\\i" => "i", "\\j" => "j", var a => a };
        if (argument.Length > 0)
        {
            text.Append(argument[0]).Append(mark).Append(argument.AsSpan(1));
        }

        return i;
    }
}
