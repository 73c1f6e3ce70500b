namespace Zhiku.Search.Analysis;

/// <summary>
/// Folds full-width ASCII variants (U+FF01..U+FF5E, common in Chinese official texts: "２０１９", "ＧＤＰ") and the
/// ideographic space to their ASCII forms, char for char so offsets into the original text stay valid.
/// </summary>
internal static class WidthFolding
{
    public static void FoldInPlace(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                text[i] = (char)(c - 0xFEE0);
            }
            else if (c == '\u3000')
            {
                text[i] = ' ';
            }
        }
    }
}
