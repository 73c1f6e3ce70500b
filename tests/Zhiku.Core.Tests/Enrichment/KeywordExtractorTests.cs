using Xunit.Abstractions;
using Zhiku.Enrichment.Keywords;
using Zhiku.Model;
using Zhiku.Tests.Support;
using Zhiku.Text.Segmentation;
using Zhiku.Text.StopWords;

namespace Zhiku.Tests.Enrichment;

/// <summary>
/// Keyword extraction measured on the real samples: against the author keywords of the CNKI and WoS exports (hidden
/// from the methods), beside plain TF-IDF in the same run, and on the State Council documents and work reports.
/// </summary>
public sealed partial class KeywordExtractorTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<WorkRecord>> Cnki = new(() =>
        ImportKit.Read(SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt"), "cnki-citespace").Works());

    private static readonly Lazy<IReadOnlyList<WorkRecord>> Wos = new(() =>
        ImportKit.Read(SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt"), "wos-plain").Works());

    private static readonly Lazy<IReadOnlyList<WorkRecord>> Policies = new(() =>
    [
        .. ImportKit.Read(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"), "jsonl").Works(),
        .. ImportKit.Read(SharedData.Path("documents/cn-policy/government_work_reports.jsonl"), "jsonl").Works(),
    ]);

    [Fact]
    public void Keywords_beat_plain_TF_IDF_on_F1_at_5_against_the_author_keywords_of_the_CNKI_sample()
    {
        var scores = KeywordBenchmark.Measure(Cnki.Value);
        output.WriteLine($"CNKI {scores}");

        Assert.True(scores.Documents > 200, $"only {scores.Documents} CNKI works with author keywords");
        Assert.True(scores.MethodF1At5 > scores.TfIdfF1At5, $"F1@5 {scores.MethodF1At5:F4} is not above plain TF-IDF's {scores.TfIdfF1At5:F4}");
    }

    [Fact]
    public void Keywords_beat_plain_TF_IDF_on_F1_at_10_against_the_author_keywords_of_the_WoS_sample()
    {
        var scores = KeywordBenchmark.Measure(Wos.Value);
        output.WriteLine($"WoS {scores}");

        Assert.True(scores.Documents > 50, $"only {scores.Documents} WoS works with author keywords");
        Assert.True(scores.MethodF1At10 > scores.TfIdfF1At10, $"F1@10 {scores.MethodF1At10:F4} is not above plain TF-IDF's {scores.TfIdfF1At10:F4}");
    }

    [Fact]
    public void Adjacent_segments_merge_into_the_phrases_authors_give_as_keywords()
    {
        var works = Cnki.Value;
        var frequencies = Frequencies(works);
        var extractor = new KeywordExtractor(new KeywordText(ChineseSegmenter.Default), frequencies);

        // Author keywords the segmenter splits into several words and the method proposes whole.
        var merged = works.Where(w => w.AuthorKeywords.Count > 0).SelectMany(w =>
        {
            var proposed = extractor.Extract(Title(w), Body(w), 10).Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
            return w.AuthorKeywords.Where(k => proposed.Contains(k) && ChineseSegmenter.Default.Cut(k).Count > 1);
        }).Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine(string.Join("; ", merged.Take(30)));

        Assert.True(merged.Count >= 20, $"only {merged.Count} multi-segment author keywords proposed whole: {string.Join("; ", merged)}");
    }

    [Fact]
    public void Policy_documents_get_topic_keywords_and_no_government_formulae()
    {
        var works = Policies.Value;
        var extractor = new KeywordExtractor(new KeywordText(ChineseSegmenter.Default), Frequencies(works));

        var keywords = works.Select(w => (w.MainTitle, Keywords: extractor.Extract(Title(w), w.FullText ?? string.Empty, 10))).ToList();
        foreach (var (title, list) in keywords.Take(8))
        {
            output.WriteLine($"{title}: {string.Join("; ", list.Select(k => $"{k.Value} {k.Confidence:F2}"))}");
        }

        Assert.Equal(132, works.Count);
        Assert.All(keywords, k => Assert.True(k.Keywords.Count >= 5, $"{k.MainTitle}: {k.Keywords.Count} keywords"));
        Assert.DoesNotContain(keywords.SelectMany(k => k.Keywords), k => PolicyBoilerplate.IsNoise(k.Value));
        // 国发〔2019〕5号 is about joint "double random, one public" market supervision: its title words lead.
        var supervision = keywords.Single(k => k.MainTitle.Contains("双随机", StringComparison.Ordinal)).Keywords.Take(5).Select(k => k.Value).ToList();
        Assert.Contains(supervision, k => k.Contains("监管", StringComparison.Ordinal));
        Assert.All(keywords, k => Assert.Equal(1.0, k.Keywords[0].Confidence));
    }

    [Fact]
    public void Policy_keywords_name_no_session_ordinal_and_no_generic_verb()
    {
        // The co-word map of the accepted keywords showed 第十三届全国人民代表大会, 第三次会议, 决议, 继续 and 增加.
        var works = Policies.Value;
        var extractor = new KeywordExtractor(new KeywordText(ChineseSegmenter.Default), Frequencies(works));

        var keywords = works.SelectMany(w => extractor.Extract(Title(w), w.FullText ?? string.Empty, 10)).Select(k => k.Value).ToList();
        var ordinals = keywords.Where(k => SessionOrdinal().IsMatch(k)).Distinct(StringComparer.Ordinal).ToList();
        var sessions = keywords.Where(k => k is "会议" or "决议" or "全国人民代表大会" || k.EndsWith("次会议", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var verbs = keywords.Where(k => k is "继续" or "增加").Distinct(StringComparer.Ordinal).ToList();
        output.WriteLine(string.Join("; ", keywords.GroupBy(k => k, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(60).Select(g => $"{g.Key} {g.Count()}")));

        Assert.True(ordinals.Count == 0, "ordinals: " + string.Join("; ", ordinals));
        Assert.True(sessions.Count == 0, "sessions: " + string.Join("; ", sessions));
        Assert.True(verbs.Count == 0, "verbs: " + string.Join("; ", verbs));
        Assert.All(works, w => Assert.True(extractor.Extract(Title(w), w.FullText ?? string.Empty, 10).Count >= 5, w.MainTitle));
    }

    [System.Text.RegularExpressions.GeneratedRegex("第[〇零一二三四五六七八九十百两0-9]+[届次]")]
    private static partial System.Text.RegularExpressions.Regex SessionOrdinal();

    private static DocumentFrequencies Frequencies(IReadOnlyList<WorkRecord> works)
    {
        var frequencies = new DocumentFrequencies();
        var text = new KeywordText(ChineseSegmenter.Default);
        foreach (var work in works)
        {
            frequencies.Add(text.Words(Title(work) + "\n" + Body(work)));
        }

        return frequencies;
    }

    private static string Title(WorkRecord work) => string.Join("\n", work.Titles.Select(t => t.Text));

    private static string Body(WorkRecord work) => string.Join("\n", work.Abstracts.Select(a => a.Text).Append(work.FullText ?? string.Empty));
}
