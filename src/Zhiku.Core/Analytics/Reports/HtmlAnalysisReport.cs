using System.Text;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// An analysis report as one self-contained HTML page: the outline's sections and tables, with server-drawn SVG charts
/// (annual production, burst timeline, thematic map, trend with the fitted curve). No scripts; every text is escaped.
/// </summary>
public static class HtmlAnalysisReport
{
    private const string Style =
        "body{font-family:\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;line-height:1.7;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}" +
        "table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}" +
        "th{background:#f3f3f3}figure{margin:1rem 0}.muted{color:#666}" +
        // On paper (a leader reads the report printed): full width, no split rows or figures, links written out.
        "@media print{body{max-width:none;margin:0;font-size:11pt}table{width:100%}tr,figure{break-inside:avoid}h1,h2,h3{break-after:avoid}" +
        "a[href^=\"http\"]::after{content:\" (\" attr(href) \")\";font-size:85%}}";

    public static string Build(AnalysisReportData data, ReportParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        var text = AnalysisReportText.For(parameters.Language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Lang).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(text["title"])).Append("</title><style>").Append(Style).Append("</style></head><body>\n")
            .Append("<h1>").Append(E(text["title"])).Append("</h1>\n")
            .Append("<p class=\"muted\">").Append(E($"{text["query"]}: {parameters.Query} · {text["scope"]}: {parameters.Scope} · {text["date"]}: {ReportFormat.Day(parameters.Date)}")).Append("</p>\n");
        foreach (var section in ReportOutline.Build(data, parameters, text))
        {
            html.Append("<section id=\"").Append(E(section.Id)).Append("\"><h2>").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var line in section.Lines)
            {
                html.Append("<p>").Append(E(line)).Append("</p>\n");
            }

            foreach (var chart in section.Charts)
            {
                html.Append("<figure id=\"chart-").Append(E(chart)).Append("\">").Append(ReportCharts.Svg(chart, data, text)).Append("</figure>\n");
            }

            foreach (var table in section.Tables)
            {
                Table(html, table);
            }

            html.Append("</section>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        if (table.Caption is not null)
        {
            html.Append("<h3>").Append(E(table.Caption)).Append("</h3>\n");
        }

        html.Append("<table id=\"").Append(E(table.Id)).Append("\"><thead><tr>");
        foreach (var cell in table.Header)
        {
            html.Append("<th>").Append(E(cell)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(E(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static string E(string text) => SvgWriter.Escape(text);
}
