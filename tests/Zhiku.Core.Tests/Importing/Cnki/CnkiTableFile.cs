using System.Net;
using System.Text;
using MiniExcelLibs;

namespace Zhiku.Tests.Importing.Cnki;

/// <summary>
/// Writes a table the way CNKI's "导出 → Excel / 自定义" gives it: an HTML &lt;table&gt; saved as .xls (with CNKI's Office
/// namespaces and a charset meta), an XLSX workbook, or a CSV file, in a given encoding.
/// </summary>
public static class CnkiTableFile
{
    public static FixtureFile Write(string container, string encoding, IReadOnlyList<string> header, params IReadOnlyList<string>[] rows) =>
        container switch
        {
            "html" => new FixtureFile(Html(header, rows, encoding), CnkiEncodings.Get(encoding), ".xls"),
            "csv" => new FixtureFile(Csv(header, rows), CnkiEncodings.Get(encoding), ".csv"),
            "xlsx" => Xlsx(header, rows),
            _ => throw new ArgumentOutOfRangeException(nameof(container)),
        };

    public static string Html(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, string encoding = "utf-8")
    {
        var html = new StringBuilder();
        html.Append("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n");
        html.Append($"<head><meta http-equiv=\"Content-Type\" content=\"application/vnd.ms-excel; charset={encoding}\"></head>\r\n");
        html.Append("<body><table border=\"1\">\r\n");
        foreach (var row in rows.Prepend(header))
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>\r\n");
        }

        return html.Append("</table></body></html>\r\n").ToString();
    }

    public static string Csv(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) =>
        string.Concat(rows.Prepend(header).Select(r => string.Join(',', r.Select(Quote)) + "\r\n"));

    private static FixtureFile Xlsx(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var file = new FixtureFile(string.Empty, ".xlsx");
        File.Delete(file.Path);
        var table = rows.Select(r => header.Select((h, i) => (h, v: i < r.Count ? (object?)r[i] : null)).ToDictionary(p => p.h, p => p.v));
        MiniExcel.SaveAs(file.Path, table.ToList());
        return file;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
