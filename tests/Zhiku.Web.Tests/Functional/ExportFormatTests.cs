using System.Net;
using System.Text;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

/// <summary><c>/api/v1/exports</c> in the formats analysts open in Excel or carry to CiteSpace, VOSviewer and bibliometrix.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ExportFormatTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    static ExportFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task Xlsx_export_is_a_workbook_download()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/exports?format=xlsx&q=electromagnetic");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("zhiku-export.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("PK"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Csv_export_starts_with_a_byte_order_mark_for_excel()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/exports?format=csv&q=electromagnetic");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Fact]
    public async Task Csv_export_in_gb18030_says_so_in_its_content_type()
    {
        var client = await Http.SignedInAsync(_platform, "analyst");
        var utf8 = await client.GetStringAsync("/api/v1/exports?format=csv&q=lang:zh");
        var response = await client.GetAsync("/api/v1/exports?format=csv&encoding=gb18030&q=lang:zh");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gb18030", response.Content.Headers.ContentType?.CharSet, ignoreCase: true);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("的", utf8, StringComparison.Ordinal);
        Assert.Equal(utf8.TrimStart('\uFEFF'), Encoding.GetEncoding("GB18030").GetString(bytes));
    }

    [Fact]
    public async Task Wos_export_is_plain_text_named_for_citespace()
    {
        var response = await Http.Anonymous(_platform).GetAsync("/api/v1/exports?format=wos&q=electromagnetic");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("download", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.StartsWith("FN Clarivate Analytics Web of Science\nVR 1.0\nPT ", text, StringComparison.Ordinal);
        Assert.EndsWith("ER\n\nEF\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/exports?format=csv&encoding=latin-1")]
    [InlineData("/api/v1/exports?format=xlsx&encoding=gb18030")]
    public async Task A_bad_encoding_answers_400(string path)
    {
        var response = await Http.Anonymous(_platform).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
