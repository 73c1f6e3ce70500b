using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Outputs;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Outputs;

/// <summary>The outputs template with conversion columns: rows become works with their output records and events.</summary>
public sealed class OutputImportTests(ConversionCorpus corpus) : IClassFixture<ConversionCorpus>
{
    private OutputDetails Output(string title)
    {
        var hit = Assert.Single(corpus.Kb.Read(Caller.Owner).SearchEntities(SearchEntity.Outputs, new SearchRequest { Query = $"title:\"{title}\"", Limit = 5 }).Hits);
        return corpus.Kb.Read(Caller.Owner).Output(hit.Id)!;
    }

    [Fact]
    public void Imports_the_29_good_rows_and_names_file_row_and_column_of_each_bad_one()
    {
        var file = Assert.Single(corpus.Report.Files);

        Assert.Equal("registry-template", file.Format);
        Assert.Equal(29, file.Imported);
        // Four bad rows are rejected whole; row 24's 落实文件 names no document of the knowledge base, so that event
        // alone is left out and the row's work and other events are in.
        Assert.Equal(
        [
            "conversion-outputs.csv row 24, column 落实文件|implemented_by: 落实文件 '国发〔2030〕1号' is no work in the knowledge base (give its id such as W42, its 发文字号 or its exact title)",
            "conversion-outputs.csv row 27, column 批示日期|instructed: '2019-13-45' is not a day (write it as 2024-03-15)",
            "conversion-outputs.csv row 28, column 批示日期|instructed: 2019-02-01 is before 2019-02-10 of the earlier stage submitted",
            "conversion-outputs.csv row 29, column 报送渠道|channel: '微信' is not one of 内参, 要报, 专报, 会议, 其他",
            "conversion-outputs.csv row 30, column 采纳日期|adopted: 2019-05-20, but the output was never submitted: give 报送日期|submitted first",
        ], file.Errors.Select(e => e.Message).Order(StringComparer.Ordinal));
        Assert.Equal([24, 27, 28, 29, 30], file.Errors.Select(e => e.Line).Order());
    }

    [Fact]
    public void An_output_carries_its_type_project_and_events_with_the_policy_document_that_implements_it()
    {
        var output = Output("关于加快新型研发机构建设的建议");
        var policy = Assert.Single(corpus.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "id:\"国办发〔2018〕127号\"" }).Hits);

        Assert.Equal("政策建议", output.Type);
        Assert.Equal("ZK-2018-01", output.Project);
        Assert.Equal("2018-03-10", output.Date);
        Assert.Equal(ConversionStage.Implemented, output.Stage);
        Assert.Equal(
            [ConversionStage.Submitted, ConversionStage.Instructed, ConversionStage.Adopted, ConversionStage.Implemented],
            output.Events.Select(e => e.Stage));
        var (submitted, instructed, adopted, implemented) = (output.Events[0], output.Events[1], output.Events[2], output.Events[3]);
        Assert.Equal(("2018-03-15", "国务院办公厅", "要报"), (submitted.Date, submitted.SubmittedTo, submitted.Channel));
        Assert.Equal(("2018-03-25", "国家级"), (instructed.Date, instructed.Level));
        Assert.Equal(("2018-05-04", "科学技术部"), (adopted.Date, adopted.AdoptedBy));
        Assert.Equal(("2018-12-26", policy.Id), (implemented.Date, implemented.ImplementedBy));
        Assert.All(output.Events, e => Assert.Equal("conversion-outputs.csv", e.RecordedBy));
    }

    [Fact]
    public void An_implementation_without_its_own_date_takes_the_date_of_the_policy_document()
    {
        var output = Output("关于推动综合保税区研发创新的建议");

        var implemented = Assert.Single(output.Events, e => e.Stage == ConversionStage.Implemented);
        Assert.Equal("2019-01-12", implemented.Date);
    }

    [Fact]
    public void The_entity_search_finds_outputs_by_their_words_and_type()
    {
        var found = corpus.Kb.Read(Caller.Owner).SearchEntities(SearchEntity.Outputs, new SearchRequest { Query = "人工智能", Limit = 10 });

        Assert.Equal(["全球人工智能研发态势分析", "新一代人工智能伦理治理研究"], found.Hits.Select(h => h.Name).Order(StringComparer.Ordinal));
        Assert.All(found.Hits, h => Assert.Equal("output", h.Kind));
        Assert.Equal(29, corpus.Kb.Read(Caller.Owner).SearchEntities(SearchEntity.Outputs, new SearchRequest { Query = "*" }).Total);
        Assert.Equal(4, corpus.Kb.Read(Caller.Owner).SearchEntities(SearchEntity.Outputs, new SearchRequest { Query = "keyword:评估报告" }).Total);
    }

    [Fact]
    public void Reimporting_the_same_table_adds_no_output_and_no_event()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions());
        kb.Import([OutputTables.Conversion], new ImportOptions());
        var before = kb.Read(Caller.Owner).Conversion(new ConversionSelection(), ConversionGrouping.Year).Total;
        var events = EventCount(kb);

        var again = Assert.Single(kb.Import([OutputTables.Conversion], new ImportOptions()).Files);

        Assert.Equal((0, 29), (again.Imported, again.Unchanged));
        Assert.Equal(before, kb.Read(Caller.Owner).Conversion(new ConversionSelection(), ConversionGrouping.Year).Total);
        Assert.Equal(events, EventCount(kb));
        Assert.Equal(23 + 14 + 12 + 4, events);
    }

    [Fact]
    public void Outputs_are_seen_with_the_access_of_their_works()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        kb.Import([OutputTables.Conversion], new ImportOptions { Owner = "示范科技智库", Access = Zhiku.Model.AccessLevel.Internal });
        var member = new Caller { OrganisationId = kb.FindOrganisation("示范科技智库") };
        var id = kb.Read(member).SearchEntities(SearchEntity.Outputs, new SearchRequest { Query = "人工智能" }).Hits[0].Id;

        Assert.Equal(0, kb.Read(Caller.Anonymous).SearchEntities(SearchEntity.Outputs, new SearchRequest { Query = "*" }).Total);
        Assert.Null(kb.Read(Caller.Anonymous).Output(id));
        Assert.Equal(0, kb.Read(Caller.Anonymous).Conversion(new ConversionSelection(), ConversionGrouping.Year).Total.Outputs);
        Assert.Equal(29, kb.Read(member).Conversion(new ConversionSelection(), ConversionGrouping.Year).Total.Outputs);
        Assert.True(kb.Read(member).Output(id)!.MayRecord);
    }

    private static int EventCount(Zhiku.Knowledge.KnowledgeBase kb)
    {
        var session = kb.Read(Caller.Owner);
        return session.SearchEntities(SearchEntity.Outputs, new SearchRequest { Query = "*", Limit = 100 }).Hits
            .Sum(h => session.Output(h.Id)!.Events.Count);
    }
}
