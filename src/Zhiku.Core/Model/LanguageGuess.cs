namespace Zhiku.Model;

/// <summary>A cheap guess of a text's language from its script: enough to route Chinese text to the Chinese analyzers.</summary>
public static class LanguageGuess
{
    /// <summary>"zh" when at least a fifth of the letters are CJK ideographs, "en" when Latin letters dominate, else null.</summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        int cjk = 0, latin = 0, other = 0;
        var limit = Math.Min(text.Length, 2000);
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (IsCjk(c))
            {
                cjk++;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        var letters = cjk + latin + other;
        if (letters == 0)
        {
            return null;
        }

        // A CJK character carries about as much as a short Latin word, so weigh them up.
        if (cjk * 4 >= latin && cjk > 0)
        {
            return "zh";
        }

        return latin >= other ? "en" : null;
    }

    /// <summary>True for CJK unified ideographs (basic block and extension A) and compatibility ideographs.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
