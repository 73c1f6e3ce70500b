using Zhiku.Enrichment.Keywords;
using Zhiku.Model;
using Zhiku.Text.Scripts;
using Zhiku.Text.Segmentation;

namespace Zhiku.Tests.Enrichment;

/// <summary>F1 at 5 and 10 of a method's and plain TF-IDF's keywords against the works' author keywords.</summary>
internal sealed record KeywordScores(int Documents, double MethodF1At5, double MethodF1At10, double TfIdfF1At5, double TfIdfF1At10);

/// <summary>
/// Measures keyword extraction against held-out truth: the author keywords of the works that have them, which the
/// methods never see (they get the title and abstract). IDF comes from every work of the sample, in the same run for
/// both methods; a keyword matches when equal after folding to Simplified Chinese, lower case and single spaces.
/// </summary>
internal static class KeywordBenchmark
{
    public static KeywordScores Measure(IReadOnlyList<WorkRecord> works)
    {
        var frequencies = new DocumentFrequencies();
        var text = new KeywordText(ChineseSegmenter.Default);
        var plain = new KeywordText(ChineseSegmenter.Default, dropBoilerplate: false);
        foreach (var work in works)
        {
            frequencies.Add(text.Words(Title(work) + "\n" + Body(work)));
        }

        var method = new KeywordExtractor(text, frequencies);
        var baseline = new TfIdfKeywords(plain, frequencies);
        var (m5, m10, b5, b10, n) = (0.0, 0.0, 0.0, 0.0, 0);
        foreach (var work in works.Where(w => w.AuthorKeywords.Count > 0 && (w.Abstracts.Count > 0 || w.Titles.Count > 0)))
        {
            var truth = work.AuthorKeywords.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            var ours = method.Extract(Title(work), Body(work), 10).Select(k => Key(k.Value)).ToList();
            var theirs = baseline.Extract(Title(work), Body(work), 10).Select(Key).ToList();
            m5 += F1(ours.Take(5), truth);
            m10 += F1(ours, truth);
            b5 += F1(theirs.Take(5), truth);
            b10 += F1(theirs, truth);
            n++;
        }

        return new KeywordScores(n, m5 / n, m10 / n, b5 / n, b10 / n);
    }

    private static double F1(IEnumerable<string> proposed, HashSet<string> truth)
    {
        var list = proposed.Distinct(StringComparer.Ordinal).ToList();
        var hits = list.Count(truth.Contains);
        if (hits == 0)
        {
            return 0;
        }

        var precision = (double)hits / list.Count;
        var recall = (double)hits / truth.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static string Title(WorkRecord work) => string.Join("\n", work.Titles.Select(t => t.Text));

    private static string Body(WorkRecord work) => string.Join("\n", work.Abstracts.Select(a => a.Text));

    private static string Key(string keyword) =>
        string.Join(' ', ScriptFolding.Default.Fold(keyword).ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
