using Zhiku.Text.Scripts;
using Zhiku.Text.Segmentation;
using Zhiku.Text.StopWords;

namespace Zhiku.Enrichment.Keywords;

/// <summary>
/// A text as keyword candidates see it: folded to Simplified Chinese, segmented with the jieba-compatible segmenter,
/// the content words in order (Latin lower-cased from 3 letters, Chinese from 2 characters) with a null wherever
/// punctuation, a number (Chinese numerals and ordinals such as 第十三届 or 第三次 too), a single character or a stop
/// word breaks the run, so that phrases never bridge a break.
/// </summary>
public sealed partial class KeywordText(ChineseSegmenter segmenter, bool dropBoilerplate = true)
{
    /// <summary>The longest phrase in words, and in characters for Chinese.</summary>
    public const int MaxWords = 3;

    private const int MaxChinese = 12;

    /// <summary>The content words with null breaks.</summary>
    public List<string?> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string?>();
        foreach (var word in segmenter.Cut(ScriptFolding.Default.Fold(text)))
        {
            words.Add(Content(word));
        }

        return words;
    }

    /// <summary>The candidates of a word sequence: every run of 1 to <see cref="MaxWords"/> adjacent content words, with the words it is made of.</summary>
    public static IEnumerable<(string Candidate, int Start, int Length)> Candidates(IReadOnlyList<string?> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is not { } first)
            {
                continue;
            }

            var phrase = first;
            yield return (phrase, i, 1);
            for (var n = 2; n <= MaxWords && i + n - 1 < words.Count; n++)
            {
                if (words[i + n - 1] is not { } next)
                {
                    break;
                }

                phrase = Join(phrase, next);
                if (!IsLatin(next) && phrase.Length > MaxChinese)
                {
                    break;
                }

                yield return (phrase, i, n);
            }
        }
    }

    /// <summary>Whether a candidate is itself a stop word or formula (中国 + 特色社会主义 makes 中国特色社会主义).</summary>
    public bool Drops(string candidate) =>
        ChineseStopWords.Contains(candidate) || (dropBoilerplate && PolicyBoilerplate.Contains(candidate));

    /// <summary>
    /// Whether a candidate's words are all generic verbs of policy prose (继续, 增加): no keyword alone, though they
    /// stay inside a phrase with a content word.
    /// </summary>
    public bool Generic(IReadOnlyList<string> words) => dropBoilerplate && words.All(GenericVerbs.Contains);

    /// <summary>Joins two parts of a phrase: Latin words with a space, Chinese ones without.</summary>
    public static string Join(string left, string right) => IsLatin(left[^1]) && IsLatin(right[0]) ? left + " " + right : left + right;

    private string? Content(string word)
    {
        if (word.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && word.Any(char.IsAsciiLetter))
        {
            var lower = word.ToLowerInvariant();
            return lower.Length >= 3 && !EnglishStopWords.Contains(lower) ? lower : null;
        }

        if (word.Length < 2 || !word.All(c => c >= '\u3400' && c <= '\u9FFF') || Numeral().IsMatch(word))
        {
            return null;
        }

        return ChineseStopWords.Contains(word) || (dropBoilerplate && PolicyBoilerplate.Contains(word)) ? null : word;
    }

    private static bool IsLatin(string word) => IsLatin(word[0]);

    // A number or ordinal in Chinese numerals: 十八, 第十三届, 第三次, 四次会议, 五中 (the sessions that open every work report).
    [System.Text.RegularExpressions.GeneratedRegex("^第?[〇零一二三四五六七八九十百千两]+(届|次|大|号|条|个|批|期|轮|中|次会议|中全会)?$")]
    private static partial System.Text.RegularExpressions.Regex Numeral();

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
