using Microsoft.Extensions.DependencyInjection;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Search;

/// <summary>A platform holding one public policy summary written in Traditional characters.</summary>
public sealed class TraditionalRecordPlatform : PlatformFactory
{
    public const string Title = "臺灣地區優化營商環境政策摘要";

    private bool _imported;

    public TraditionalRecordPlatform WithRecord()
    {
        if (!_imported)
        {
            Directory.CreateDirectory(FilesRoot);
            var file = Path.Combine(FilesRoot, "traditional.jsonl");
            File.WriteAllText(file, $$"""{"title": "{{Title}}", "content": "為優化營商環境，行政院陸續修訂法規。"}""" + "\n");
            Services.GetRequiredService<KnowledgeBase>().Import([file], new ImportOptions());
            _imported = true;
        }

        return this;
    }
}

public sealed class TitleScriptTests(TraditionalRecordPlatform factory) : IClassFixture<TraditionalRecordPlatform>
{
    private readonly TraditionalRecordPlatform _platform = factory.WithRecord();

    [Theory]
    [InlineData("营商环境")]
    [InlineData("營商環境")]
    public async Task A_traditional_record_is_found_in_either_script_and_shown_as_written(string query)
    {
        var html = await Http.Anonymous(_platform).GetStringAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.Contains("共 1 条结果", html, StringComparison.Ordinal);
        Assert.Contains(">" + TraditionalRecordPlatform.Title + "</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"script-switch\"", html, StringComparison.Ordinal);
        Assert.Contains("标题显示为简体", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_shows_titles_in_simplified_characters_and_is_remembered()
    {
        var client = Http.Anonymous(_platform);

        var switched = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("营商环境") + "&script=simplified");
        var later = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("營商環境"));
        var back = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("营商环境") + "&script=original");

        Assert.Contains(">台湾地区优化营商环境政策摘要</a>", switched, StringComparison.Ordinal);
        Assert.Contains("title=\"" + TraditionalRecordPlatform.Title + "\"", switched, StringComparison.Ordinal);
        Assert.Contains("标题按原文字体显示", switched, StringComparison.Ordinal);
        Assert.Contains(">台湾地区优化营商环境政策摘要</a>", later, StringComparison.Ordinal);
        Assert.Contains(">" + TraditionalRecordPlatform.Title + "</a>", back, StringComparison.Ordinal);
    }
}
