using Zhiku.Text.Scripts;
using Zhiku.Text.Segmentation;
using Zhiku.Text.StopWords;

namespace Zhiku.Analytics.Terms;

/// <summary>
/// Title and abstract terms for co-word analysis and bursts: the text, folded to Simplified Chinese, is segmented with jieba's algorithm (so Chinese
/// gets words), Latin words are lower-cased and kept from 3 letters unless stop words, Chinese words from 2 characters unless stop
/// words or government-document formulae (关于, 通知, 国务院办公厅: they would burst with every policy text);
/// adjacent Latin content words also give a two-word phrase (CiteSpace extracts noun phrases; this is a simpler proxy).
/// </summary>
public sealed class TermExtractor(ChineseSegmenter segmenter)
{
    /// <summary>The distinct terms of the texts, in first-seen order.</summary>
    public IReadOnlyList<string> Extract(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            string? previous = null;
            foreach (var word in segmenter.Cut(ScriptFolding.Default.Fold(text)))
            {
                var latin = word.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && word.Any(char.IsAsciiLetter);
                var cjk = !latin && word.Length >= 2 && word.All(c => c >= '\u3400' && c <= '\u9FFF') && !PolicyBoilerplate.IsNoise(word);
                if (string.IsNullOrWhiteSpace(word) && previous is not null)
                {
                    continue;
                }

                var lower = latin ? word.ToLowerInvariant() : word;
                var content = (latin && lower.Length >= 3 && !EnglishStopWords.Contains(lower)) || cjk;
                if (!content)
                {
                    previous = null;
                    continue;
                }

                if (seen.Add(lower))
                {
                    terms.Add(lower);
                }

                if (latin && previous is not null && seen.Add(previous + " " + lower))
                {
                    terms.Add(previous + " " + lower);
                }

                previous = latin ? lower : null;
            }
        }

        return terms;
    }
}
