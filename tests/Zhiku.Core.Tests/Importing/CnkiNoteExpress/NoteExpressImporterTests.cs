using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.CnkiNoteExpress;

public sealed class NoteExpressImporterTests
{
    private const string Format = "cnki-noteexpress";

    private static IReadOnlyList<WorkRecord> Works(string file)
    {
        var items = ImportKit.Read(SharedData.Path($"bibliographic/cnki/noteexpress/{file}"), Format);
        Assert.Empty(items.Errors().Select(e => e.Message));
        return items.Works();
    }

    [Theory]
    [InlineData("ChineseColon.net", 1)]
    [InlineData("Classic5Test.net", 5)]
    [InlineData("CoverAllTest15Entries.net", 15)]
    [InlineData("LotsOfEnglish.net", 21)]
    [InlineData("mixed.net", 12)]
    [InlineData("withLineBreakInAddress.net", 1)]
    public void Reads_every_record_of_each_sample_file(string file, int count) => Assert.Equal(count, Works(file).Count);

    [Fact]
    public void Reads_an_english_journal_record_with_its_abstract_heading_removed()
    {
        var work = Works("CoverAllTest15Entries.net")[0];

        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Equal("Does converting abandoned railways to greenways impact neighboring housing prices?", work.MainTitle);
        Assert.Equal("en", work.Language);
        var author = Assert.Single(work.Authors);
        Assert.Equal("Youngre Noh", author.Name);
        Assert.Equal(["Department of Landscape Architecture and Urban Planning, Texas A&M University, College Station, TX 77843-3137, USA"], author.Affiliations);
        Assert.Equal("Landscape and Urban Planning", work.Source);
        Assert.Equal(2019, work.Year);
        Assert.Equal("183", work.Volume);
        Assert.Equal("0169-2046", work.Issn);
        Assert.Equal(["Spatial hedonic model", "AITS-DID", "Greenway", "Railroad", "Property value", "Brownfield: trail"], work.AuthorKeywords);
        Assert.StartsWith("This research examines the housing market", work.Abstracts[0].Text, StringComparison.Ordinal);
        Assert.Equal("en", work.Abstracts[0].Lang);
        Assert.Equal("CNKI", work.Extra["Database Provider"]);
    }

    [Fact]
    public void Splits_cnki_authors_given_on_one_line_and_numbered_addresses()
    {
        var work = Works("CoverAllTest15Entries.net")[1];

        Assert.Equal("基于灰色关联分析法的铁路物流服务方案评价", work.MainTitle);
        Assert.Equal("zh", work.Titles[0].Lang);
        Assert.Equal(["唐力", "刘启钢", "孙文桥"], work.Authors.Select(a => a.Name));
        Assert.All(work.Authors, a => Assert.Empty(a.Affiliations));
        Assert.Equal(["中国铁道科学研究院 研究生部", "中国铁道科学研究院集团有限公司 运输及经济研究所"], work.Organisations);
        Assert.Equal("铁道运输与经济", work.Source);
        Assert.Equal("01", work.Issue);
        Assert.Equal("7-12", work.Pages);
        Assert.Equal("11-1949/U", work.Extra["Notes"]);
        Assert.Equal("zh", work.Language);
    }

    [Fact]
    public void Reads_a_thesis_with_double_semicolon_keywords()
    {
        var work = Works("CoverAllTest15Entries.net")[2];

        Assert.Equal(WorkKind.Thesis, work.Kind);
        Assert.Equal("Thesis", work.DocumentType);
        Assert.Equal("殷玮川", Assert.Single(work.Authors).Name);
        Assert.Equal("北京交通大学", work.Publisher);
        Assert.Equal("何世伟", work.Extra["Tertiary Author"]);
        Assert.Equal("博士", work.Extra["Type of Work"]);
        Assert.Equal(8, work.AuthorKeywords.Count);
        Assert.Equal("铁路运输", work.AuthorKeywords[0]);
        Assert.Equal("“门到门”货运产品", work.AuthorKeywords[1]);
        Assert.Equal("IBM DOcplexcloud软件", work.AuthorKeywords[^1]);
    }

    [Fact]
    public void Reads_conference_newspaper_book_and_patent_records()
    {
        var works = Works("CoverAllTest15Entries.net");
        var conference = works.Single(w => w.Kind == WorkKind.ConferencePaper);
        var newspaper = works.Single(w => w.Kind == WorkKind.News);
        var book = works.Single(w => w.Kind == WorkKind.Book);
        var patent = works.Single(w => w.Kind == WorkKind.Patent);

        Assert.Equal("共享与品质——2018中国城市规划年会论文集（01城市安全与防灾规划）", conference.Source);
        Assert.Equal("2018中国城市规划年会", conference.Extra["Secondary Title"]);
        Assert.Equal("中国城市规划学会、杭州市人民政府", conference.Extra["Subsidiary Author"]); // key written "{Subsidiary Author,}"
        Assert.Equal("中国浙江杭州", conference.Extra["Place Published"]);

        Assert.Equal("坚持在大局下行动", newspaper.MainTitle);
        Assert.Equal("人民铁道", newspaper.Source);
        Assert.Equal("2019-01-09", newspaper.Date);
        Assert.Equal(2019, newspaper.Year);
        Assert.Equal("A01", newspaper.Pages);

        Assert.Equal("Making Tracks", book.MainTitle);
        Assert.Equal("Taylor and Francis", book.Publisher);
        Assert.Equal("9780429834646", book.Identifiers[IdSchemes.Isbn]);
        Assert.Equal("en", book.Language);

        Assert.Equal("一种铁路故障检测器清洗装置", patent.MainTitle);
        Assert.Equal("CN108722921A", patent.Extra["Notes"]);
        Assert.Equal("2018-11-02", patent.Date);
    }

    [Fact]
    public void Reads_yearbook_and_standard_records_with_comma_keywords_and_no_isbn()
    {
        var works = Works("CoverAllTest15Entries.net");
        var yearbook = works.Single(w => w.MainTitle == "1 综合\u30001-5 国民经济和社会发展主要指标");
        var standard = works.Single(w => w.MainTitle == "铁路调车作业标准\u3000铁路调车作业标准基本规定");

        Assert.Equal(WorkKind.Other, yearbook.Kind);
        Assert.Equal("统计年鉴", yearbook.Extra["SrcDatabase"]);
        Assert.Equal(10, yearbook.AuthorKeywords.Count);
        Assert.Equal("万人", yearbook.AuthorKeywords[0]);
        Assert.Equal("邮路总长度", yearbook.AuthorKeywords[^1]);

        Assert.Equal("Standard", standard.DocumentType);
        Assert.Equal("GB/T 7178.1-1996", standard.Extra["ISBN"]);
        Assert.False(standard.Identifiers.ContainsKey(IdSchemes.Isbn));
        Assert.Equal(["作业标准", "铁路调车"], standard.AuthorKeywords);
        Assert.Equal("1996-03-15", standard.Date);
    }

    [Fact]
    public void Joins_a_value_split_by_bare_carriage_returns()
    {
        var work = Assert.Single(Works("withLineBreakInAddress.net"));

        Assert.Equal("基于公共行政理念的政府公共关系发展历程探析", work.MainTitle);
        Assert.Equal(["谢昕", "王小增"], work.Authors.Select(a => a.Name));
        Assert.Equal(["中国地质大学政法学院,中国地质大学政法学院 湖北武汉430074,湖北武汉430074"], work.Organisations);
        Assert.Equal("湖北社会科学", work.Source);
        Assert.Equal(["政府公共关系", "公共行政", "发展历程", "理念"], work.AuthorKeywords);
        Assert.Equal("1003-8477", work.Issn);
        Assert.Equal("42-1112/C", work.Extra["Notes"]);
    }

    [Fact]
    public void Reads_wanfang_style_repeated_authors_full_width_colons_and_translated_title()
    {
        var work = Assert.Single(Works("ChineseColon.net"));

        Assert.Equal(["中国抗癌协会肉瘤专业委员会", "中国临床肿瘤学会"], work.Authors.Select(a => a.Name));
        Assert.Equal(2, work.Titles.Count);
        Assert.Equal(new LangText("en", "Chinese expert consensus on diagnosis and treatment of soft tissue sarcomas (Version 2015)"), work.Titles[1]);
        Assert.Equal("0253-3766", work.Issn);
        Assert.Equal(["复旦大学附属肿瘤医院"], work.Organisations);
        Assert.Equal(["肉瘤", "软组织肿瘤", "诊断", "治疗", "规范"], work.AuthorKeywords);
        Assert.StartsWith("软组织肉瘤是一类间叶来源的恶性肿瘤", work.Abstracts[0].Text, StringComparison.Ordinal);
        Assert.Equal("https://rs.yiigle.com/CN112152201604/889113.htm", work.Url);
        Assert.False(work.Identifiers.ContainsKey(IdSchemes.Cnki));
        Assert.Equal("zh", work.Language);
    }

    [Fact]
    public void Reads_english_records_with_double_semicolon_authors()
    {
        var works = Works("LotsOfEnglish.net");
        var first = works[0];
        var last = works[^1];

        Assert.Equal(12, first.Authors.Count);
        Assert.Equal("Henry Fan Yeung", first.Authors[0].Name);
        Assert.Equal("Yaohua Feng", first.Authors[^1].Name);
        Assert.Equal("en", first.Language);
        Assert.Equal("Self-made testing", last.MainTitle);
        Assert.Equal(["With, Some.", "Great One, Two", "Others., Hi"], last.Authors.Select(a => a.Name));
        Assert.Equal(2989, last.Year);
        Assert.All(works, w => Assert.Equal("en", w.Language));
        Assert.Equal(["en", "en", "zh", "zh", "zh"], Works("Classic5Test.net").Select(w => w.Language));
    }

    [Fact]
    public void Reads_older_records_with_comma_separated_chinese_authors()
    {
        var work = Works("mixed.net")[^1];

        Assert.Equal(["穆仙丽", "赵宗江", "魏晨"], work.Authors.Select(a => a.Name));
        Assert.Equal("和风", Works("mixed.net")[3].Authors[0].Name);
    }
}
