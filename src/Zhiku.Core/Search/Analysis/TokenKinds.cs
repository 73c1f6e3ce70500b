namespace Zhiku.Search.Analysis;

/// <summary>Classifies segmented words for <see cref="ChineseWordTokenizer"/>.</summary>
internal static class TokenKinds
{
    public static TokenKind Of(ReadOnlySpan<char> word)
    {
        var letters = 0;
        var latin = true;
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
                latin &= c < '\u0250';
            }
            else
            {
                latin = false;
            }
        }

        return letters == 0 ? TokenKind.Skip : latin ? TokenKind.Latin : TokenKind.Word;
    }
}
