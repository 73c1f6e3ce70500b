using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Zhiku.Formats.Documents;
using Zhiku.Text.Dates;
using Zhiku.Text.Policies;

namespace Zhiku.Tests.Importing.Documents;

public sealed partial class PolicyMetadataTests(ITestOutputHelper output)
{
    [Fact]
    public void Finds_the_document_number_of_every_State_Council_document()
    {
        var records = PolicyCorpus.Records;
        Assert.Equal(60, records.Count);
        var misses = records
            .Select(r => (r.DocumentNumber, Found: PolicyMetadata.Extract(r.Text).DocumentNumber))
            .Where(x => x.Found != x.DocumentNumber)
            .ToList();
        foreach (var (expected, found) in misses)
        {
            output.WriteLine($"document number miss: expected {expected}, found {found ?? "nothing"}");
        }

        Assert.True(misses.Count <= 3, $"{misses.Count} of 60 document numbers differ");
        Assert.Empty(misses); // all 60 match today, decrees (国令第707号) included
    }

    [Fact]
    public void Names_the_issuing_body_of_every_State_Council_document()
    {
        var misses = PolicyCorpus.Records
            .Select(r => (r.DocumentNumber, r.IssuingOffice, Found: PolicyMetadata.Extract(r.Text).IssuingBody))
            .Where(x => x.Found != x.IssuingOffice)
            .ToList();
        foreach (var (number, expected, found) in misses)
        {
            output.WriteLine($"issuing body miss on {number}: expected {expected}, found {found ?? "nothing"}");
        }

        Assert.True(misses.Count <= 3, $"{misses.Count} of 60 issuing bodies differ");
    }

    [Fact]
    public void Signature_dates_are_never_after_publication_on_gov_cn()
    {
        var dated = 0;
        foreach (var r in PolicyCorpus.Records)
        {
            var date = PolicyMetadata.Extract(r.Text).Date;
            if (date is null)
            {
                output.WriteLine($"no signature date: {r.DocumentNumber}");
                continue;
            }

            dated++;
            var m = UrlDate().Match(r.Url);
            Assert.True(m.Success, r.Url);
            var published = $"{m.Groups[1].Value}-{m.Groups[2].Value}";
            Assert.True(string.CompareOrdinal(date[..7], published) <= 0, $"{r.DocumentNumber}: signed {date}, published {published}");

            // Documents numbered for the year of publication were signed within a few weeks of it.
            if (r.DocumentNumber.Contains("〔2019〕", StringComparison.Ordinal))
            {
                Assert.StartsWith("2019-0", date, StringComparison.Ordinal);
            }
        }

        Assert.True(dated >= 40, $"only {dated} of 60 documents have a signature date");
    }

    [Theory]
    [InlineData("国发〔2019〕5号")]
    [InlineData("国办函〔2004〕57号")]
    public void Reads_the_known_signature_block(string number)
    {
        var r = PolicyCorpus.ByNumber(number);
        var info = PolicyMetadata.Extract(r.Text);
        var expected = number == "国发〔2019〕5号" ? "2019-01-27" : "2004-08-12"; // "2019年1月27日", "二〇〇四年八月十二日"
        Assert.Equal(expected, info.Date);
        Assert.Equal(r.IssuingOffice, info.IssuingBody);
    }

    [Fact]
    public void Reads_a_decree_number_written_over_two_lines()
    {
        var info = PolicyMetadata.Extract(PolicyCorpus.ByNumber("国令第707号").Text);
        Assert.Equal("国令第707号", info.DocumentNumber);
        Assert.Equal("国务院", info.IssuingBody);
        Assert.Equal("2018-12-18", info.Date);
    }

    [Fact]
    public void Joins_a_justified_title_and_the_joint_issuers()
    {
        var info = PolicyMetadata.Extract(PolicyCorpus.ByNumber("国办发〔1996〕25号").Text);
        Assert.Equal("国务院办公厅、中央军委办公厅", info.IssuingBody);
        Assert.Equal("1996-06-29", info.Date);
        Assert.Equal("国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知", info.Title);
        Assert.Equal("国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知", PolicyMetadata.Extract(PolicyCorpus.ByNumber("国发〔1981〕88号").Text).Title);
    }

    [Theory]
    [InlineData("财税〔2019〕13号", "财税〔2019〕13号")]
    [InlineData("财税[2019]13号", "财税〔2019〕13号")]
    [InlineData("国办发［2019］12号", "国办发〔2019〕12号")]
    [InlineData("国发（2019）5号", "国发〔2019〕5号")]
    [InlineData("国发(2019) 5 号", "国发〔2019〕5号")]
    [InlineData("国办发【2019】12号", "国办发〔2019〕12号")]
    public void Normalises_document_number_brackets(string raw, string expected) =>
        Assert.Equal(expected, PolicyMetadata.NormaliseDocumentNumber(raw));

    [Theory]
    [InlineData("二〇一九年二月十五日", "2019-02-15")]
    [InlineData("二〇〇四年十二月十七日", "2004-12-17")]
    [InlineData("一九九六年六月二十九日", "1996-06-29")]
    [InlineData("2019年1月27日", "2019-01-27")]
    [InlineData("2019 年 2 月 30 日", null)]
    [InlineData("二〇一九年十三月一日", null)]
    public void Reads_Chinese_dates(string text, string? expected) => Assert.Equal(expected, ChineseDate.ParseLine(text));

    [Fact]
    public void Takes_the_issuer_from_a_bracketed_number_and_signature_in_a_ministry_notice()
    {
        const string text = "财政部 税务总局关于实施小微企业普惠性税收减免政策的通知\n财税[2019]13号\n各省、自治区、直辖市财政厅（局）：\n现将有关事项通知如下。\n财政部 税务总局\n2019年1月17日";
        var info = PolicyMetadata.Extract(text);
        Assert.Equal("财税〔2019〕13号", info.DocumentNumber);
        Assert.Equal("财政部、税务总局", info.IssuingBody);
        Assert.Equal("2019-01-17", info.Date);
        Assert.True(PolicyMetadata.LooksLikePolicy(text));
        Assert.False(PolicyMetadata.LooksLikePolicy("An English report on tax policy in China, 2019."));
    }

    [GeneratedRegex(@"content/(\d{4})-(\d{2})/")]
    private static partial Regex UrlDate();
}
