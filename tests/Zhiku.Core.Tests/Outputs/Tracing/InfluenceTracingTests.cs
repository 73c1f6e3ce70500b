using Xunit.Abstractions;
using Zhiku.Access;
using Zhiku.Outputs.Tracing;

namespace Zhiku.Tests.Outputs.Tracing;

/// <summary>Influence tracing on the real State Council documents: planted edited passages, late, unrelated and boilerplate outputs, and a 《》 reference.</summary>
public sealed class InfluenceTracingTests(TracingCorpus corpus, ITestOutputHelper log) : IClassFixture<TracingCorpus>
{
    private TraceReport Trace(string keyword) => corpus.Kb.Read(Caller.Owner).Trace($"keyword:{keyword}", "kind:policy");

    [Fact]
    public void The_outputs_table_imports_every_planted_output()
    {
        var file = Assert.Single(corpus.Report.Files);
        Assert.Empty(file.Errors);
        Assert.Equal(60 + 5 + 10 + 1 + 2, file.Imported);
    }

    [Fact]
    public void Sixty_planted_edited_passages_are_found_with_recall_and_precision_of_at_least_0_9()
    {
        var links = Trace("tracecase").Links.Where(l => l.Kind == TraceLink.Reuse).ToList();
        var planted = corpus.Planted.ToDictionary(p => p.Title, StringComparer.Ordinal);
        var texts = corpus.Policies.ToDictionary(p => p.Id, p => p.Work.FullText ?? string.Empty, StringComparer.Ordinal);

        // Found: a link to the planted source whose document passage overlaps the planted passage (20 characters in a row).
        var found = corpus.Planted.Count(p => links.Any(l => l.OutputTitle == p.Title && l.Document == p.Source
            && l.Passages.Any(x => TracingCorpus.ShareRun(x.Document, p.Original, 20))));

        // Correct: the link goes to the planted source, or to a document that really holds 30 characters in a row of the
        // planted passage (the same text issued twice is reuse too). Anything else is a false link.
        var correct = links.Count(l => planted.TryGetValue(l.OutputTitle, out var p)
            && (l.Document == p.Source || TracingCorpus.ShareRun(p.Original, texts[l.Document], 30)));

        Assert.Equal(60, corpus.Planted.Count);
        var recall = found / 60.0;
        var precision = links.Count == 0 ? 0 : correct / (double)links.Count;
        // Each planted passage has 3–5 edits in 50–300 characters: the windows' Jaccard stays near 0.4, where 32 bands
        // of 2 rows miss a window with probability below 0.01 and every passage has at least two windows; 0.9 leaves
        // room for passages that fall mostly on boilerplate and so are rightly not a link.
        log.WriteLine($"recall {recall:F3} ({found} of 60), precision {precision:F3} ({correct} of {links.Count} links)");
        Assert.True(recall >= 0.9, $"recall {recall:F3}: {found} of 60 planted passages found");
        Assert.True(precision >= 0.9, $"precision {precision:F3}: {correct} of {links.Count} links correct");
    }

    [Fact]
    public void A_found_passage_is_shown_as_written_in_the_output_and_in_the_document_with_its_similarity()
    {
        var report = Trace("tracecase");
        var p = corpus.Planted[0];
        var link = Assert.Single(report.Links, l => l.OutputTitle == p.Title && l.Document == p.Source);
        var text = corpus.Policies.Single(d => d.Id == p.Source).Work.FullText!;

        var passage = link.Passages.First(x => TracingCorpus.ShareRun(x.Document, p.Original, 20));
        Assert.Contains(passage.Document, text, StringComparison.Ordinal);
        Assert.Contains(passage.Output, $"本报告第1部分的主要观点如下。{p.Edited}以上建议供参考。", StringComparison.Ordinal);
        Assert.True(TracingCorpus.ShareRun(passage.Output, p.Edited, 20), "the output side is the planted passage");
        Assert.InRange(link.Similarity, InfluenceTracer.MinSimilarity, 1.0);
        Assert.True(link.DocumentDate is { Length: >= 4 }, "the document's date is given");
    }

    [Fact]
    public void An_output_dated_after_the_document_it_copies_gets_no_link_to_it()
    {
        var links = Trace("tracelate").Links;

        Assert.All(corpus.Late, late => Assert.DoesNotContain(links, l => l.OutputTitle == late.Title && l.Document == late.Source));
    }

    [Fact]
    public void The_same_copy_dated_before_the_document_is_found_so_the_date_is_what_keeps_the_late_ones_out()
    {
        var late = corpus.Late[0];
        var source = corpus.Policies.Single(d => d.Id == late.Source);
        var early = new TraceText("X1", late.Title, "1900", late.Edited);
        var document = new TraceText(source.Id, source.Work.MainTitle, source.Work.Date, source.Work.FullText!);
        var others = corpus.Policies.Where(d => d.Id != source.Id)
            .Select(d => new TraceText(d.Id, d.Work.MainTitle, d.Work.Date, d.Work.FullText ?? string.Empty));

        var links = InfluenceTracer.Trace([early], [document, .. others]).Links;

        Assert.Contains(links, l => l.Document == source.Id && l.Kind == TraceLink.Reuse);
    }

    [Fact]
    public void Real_abstracts_of_unrelated_papers_get_no_link()
    {
        Assert.Empty(Trace("traceunrelated").Links);
    }

    [Fact]
    public void An_output_made_only_of_the_collections_boilerplate_gets_no_link()
    {
        var texts = corpus.Policies.Select(p => TracingCorpus.Bare(p.Work.FullText ?? string.Empty)).ToList();
        foreach (var phrase in TracingCorpus.Boilerplate.SelectMany(b => b.Split('，', '。', '：')).Where(s => s.Length >= 6))
        {
            Assert.True(texts.Count(t => t.Contains(TracingCorpus.Bare(phrase), StringComparison.Ordinal)) >= 4, $"'{phrase}' is in fewer than four documents");
        }

        Assert.Empty(Trace("traceboiler").Links);
    }

    [Fact]
    public void A_title_in_book_title_marks_in_a_later_document_is_a_reference_and_not_in_an_earlier_one()
    {
        var links = Trace("traceref").Links;
        var policy = corpus.Policies.Single(p => p.Work.Identifiers.GetValueOrDefault("docnum") == "国办发〔2018〕127号");

        // Only the output dated before the policy is linked, and by a reference: its title alone is no reuse.
        var link = Assert.Single(links);
        Assert.Equal((TraceLink.Reference, policy.Id, 1.0), (link.Kind, link.Document, link.Similarity));
        Assert.Equal(TracingCorpus.ReferencedTitle, link.Passages[0].Output);
        Assert.Contains($"《{TracingCorpus.ReferencedTitle}》", link.Passages[0].Document, StringComparison.Ordinal);
        Assert.Equal("2018-01-05", corpus.Kb.Read(Caller.Owner).Output(link.Output)!.Date);
    }
}
