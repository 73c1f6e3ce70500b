using Zhiku.Tests.Text.Scripts;
using Zhiku.Text.Scripts;
using Zhiku.Text.Segmentation;

namespace Zhiku.Tests.Text.Segmentation;

public sealed class JiebaAgreementTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Cuts_real_policy_sentences_as_jieba_NET_does(bool hmm)
    {
        var sentences = PolicySentences.All;
        var differing = sentences
            .Select(s => (Sentence: s, Ours: ChineseSegmenter.Default.Cut(s, hmm), Theirs: JiebaReference.Cut(s, hmm)))
            .Where(r => !r.Ours.SequenceEqual(r.Theirs, StringComparer.Ordinal))
            .ToList();

        Assert.True(sentences.Count > 3000, $"only {sentences.Count} sentences");
        var agreement = 1.0 - ((double)differing.Count / sentences.Count);
        Assert.True(
            agreement >= 0.999,
            $"agreement {agreement:P2}; first differences:\n" + string.Join(
                "\n", differing.Take(5).Select(d => $"{string.Join('/', d.Ours)}\n{string.Join('/', d.Theirs)}")));
    }

    [Fact]
    public void Cuts_real_policy_sentences_for_search_with_the_same_words_as_jieba_NET()
    {
        var sentences = PolicySentences.All;
        var differing = sentences.Count(s => !ChineseSegmenter.Default.CutForSearch(s).Order(StringComparer.Ordinal)
            .SequenceEqual(JiebaReference.CutForSearch(s).Order(StringComparer.Ordinal), StringComparer.Ordinal));

        Assert.True(differing <= sentences.Count / 1000, $"{differing} of {sentences.Count} sentences differ");
    }

    [Fact]
    public void Cuts_whole_policy_documents_as_jieba_NET_does_apart_from_whitespace()
    {
        foreach (var document in PolicySentences.Documents.Take(20))
        {
            Assert.Equal(JiebaReference.Cut(document), ChineseSegmenter.Default.Cut(document));
        }
    }

    [Fact]
    public void Cuts_traditional_text_folded_to_simplified_as_jieba_NET_does()
    {
        // The index segments Traditional text after folding it: the 1954 government work report, folded.
        var folded = ScriptFolding.Default.Fold(GovernmentWorkReports.Content("1954"));
        var sentences = folded.Split(['。', '！', '？', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var differing = sentences.Count(s => !ChineseSegmenter.Default.Cut(s).SequenceEqual(JiebaReference.Cut(s), StringComparer.Ordinal));

        Assert.True(sentences.Length > 300, $"only {sentences.Length} sentences");
        Assert.True(differing <= sentences.Length / 1000, $"{differing} of {sentences.Length} sentences differ");
        Assert.Equal(JiebaReference.Cut(folded), ChineseSegmenter.Default.Cut(folded));
    }
}
