using System.Globalization;
using System.Net;
using System.Text;
using MiniExcelLibs;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Analysis;

/// <summary>Every analytics table downloads as XLSX with the rows of its CSV.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AnalyticsXlsxTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Theory]
    [InlineData("summary")]
    [InlineData("network")]
    [InlineData("bursts")]
    [InlineData("themes")]
    [InlineData("trends")]
    public async Task Xlsx_reads_back_with_the_rows_of_the_csv(string analysis)
    {
        var client = Http.Anonymous(_platform);

        var response = await client.GetAsync($"/api/v1/analytics/{analysis}?q=*&format=xlsx");
        var csv = Csv(await client.GetStringAsync($"/api/v1/analytics/{analysis}?q=*&format=csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(analysis + ".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: false).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(Text).ToList()).ToList();
        Assert.NotEmpty(csv);
        Assert.Equal(csv.Count, rows.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            Assert.Equal(csv[i], rows[i]);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>RFC 4180 rows, with the API's anti-formula apostrophe removed (XLSX cells are never formulas).</summary>
    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(Unprefix(cell.ToString()));
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(Unprefix(cell.ToString()));
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    private static string Unprefix(string cell) => cell.Length > 1 && cell[0] == '\'' && "=+-@".Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;
}
