using System.Globalization;
using AngleSharp.Html.Parser;
using Zhiku.Files;
using Zhiku.Files.Text;

namespace Zhiku.Formats.Cnki.Table;

/// <summary>One row of a table with the line (CSV) or row number (HTML, XLSX) it starts on.</summary>
internal sealed record TableRow(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// The rows of the three containers CNKI's table export comes in: an HTML &lt;table&gt; saved with an .xls name (what
/// "导出 → Excel" gives), a real XLSX workbook, and CSV in UTF-8 or GB18030.
/// </summary>
internal static class CnkiTableRows
{
    /// <summary>The container a probed file is, or null when it is none of them.</summary>
    public static CnkiTableContainer? Container(FileProbe probe)
    {
        if (probe.IsZip)
        {
            return probe.Extension == ".xlsx" ? CnkiTableContainer.Xlsx : null;
        }

        if (probe.IsBinary)
        {
            return null;
        }

        var head = probe.HeadText;
        return head.Contains("<table", StringComparison.OrdinalIgnoreCase) ? CnkiTableContainer.Html
            : head.TrimStart().StartsWith('<') ? null
            : CnkiTableContainer.Csv;
    }

    /// <summary>The first rows of the probed head, enough to find the header row.</summary>
    public static IEnumerable<TableRow> Head(FileProbe probe, CnkiTableContainer container) => container switch
    {
        CnkiTableContainer.Html => Html(probe.HeadText),
        CnkiTableContainer.Csv => Csv(() => new StringReader(probe.FirstLines(1) is [var first] ? first : string.Empty)),
        _ => Xlsx(File.OpenRead(probe.Path)).Take(5),
    };

    /// <summary>Every row of the file.</summary>
    public static IEnumerable<TableRow> All(ImportSource source, CnkiTableContainer container)
    {
        switch (container)
        {
            case CnkiTableContainer.Html:
                string html;
                using (var reader = source.OpenText())
                {
                    html = reader.ReadToEnd();
                }

                return Html(html);
            case CnkiTableContainer.Csv:
                return Csv(source.OpenText);
            default:
                return Xlsx(source.OpenStream());
        }
    }

    private static IEnumerable<TableRow> Html(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var number = 0;
        foreach (var row in document.QuerySelectorAll("tr"))
        {
            number++;
            var cells = row.Children.Where(c => c.LocalName is "td" or "th")
                .Select(c => string.Concat(c.ChildNodes.Select(n => n is AngleSharp.Dom.IElement { LocalName: "br" } ? "\n" : n.TextContent)).Trim())
                .ToArray();
            yield return new TableRow(number, cells);
        }
    }

    // The delimiter is the one the header line uses most (CNKI writes ',', a re-saved file may have ';' or tabs).
    private static IEnumerable<TableRow> Csv(Func<TextReader> open)
    {
        string header;
        using (var peek = open())
        {
            header = peek.ReadLine() ?? string.Empty;
        }

        using var csv = new CsvReader(open(), CsvDelimiter.Of(header));
        while (csv.ReadRow() is { } row)
        {
            yield return new TableRow(row.Line, row.Fields);
        }
    }

    private static IEnumerable<TableRow> Xlsx(Stream stream)
    {
        using (stream)
        {
            WorkbookBounds.Check(stream, ImportLimits.Default);
            var number = 0;
            foreach (IDictionary<string, object?> row in MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false))
            {
                number++;
                yield return new TableRow(number, [.. row.Values.Select(Text)]);
            }
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
