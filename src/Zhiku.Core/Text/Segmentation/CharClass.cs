namespace Zhiku.Text.Segmentation;

/// <summary>The character classes of jieba's regular expressions, as table look-ups.</summary>
internal static class CharClass
{
    // jieba.NET 0.42.2 re_han_default: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%·\-]
    private static readonly bool[] Latin1Block = BuildLatin1Block("+#&._%\u00B7-");

    /// <summary>Han chars as jieba counts them (finalseg's re_han: \u4E00-\u9FD5).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>Whether <paramref name="c"/> belongs to a run that jieba cuts with its dictionary.</summary>
    public static bool IsBlock(char c) => c < 0x100 ? Latin1Block[c] : IsHan(c);

    /// <summary>
    /// Letters and digits outside the blocks that form words of their own (accented Latin, Greek, Cyrillic,
    /// full-width Latin); jieba would split them char by char. Ideographs and kana stay one char per token.
    /// </summary>
    public static bool IsOtherWordChar(char c) =>
        !IsBlock(c) && char.IsLetterOrDigit(c) && (c < '\u2E80' || c is >= '\uFF10' and <= '\uFF5A');

    private static bool[] BuildLatin1Block(string punctuation)
    {
        var table = new bool[0x100];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = char.IsAsciiLetterOrDigit((char)c) || punctuation.Contains((char)c);
        }

        return table;
    }
}
