using System.Text;

namespace Zhiku.Formats.Table;

/// <summary>
/// A flat CSV table, one work per row, with the columns of <see cref="WorkColumns"/>. The file starts with a UTF-8 byte
/// order mark: without it Excel on Chinese Windows reads the bytes as GBK and shows garbage (GB18030 on request).
/// </summary>
internal sealed class CsvExporter : IWorkExporter
{
    public string Format => "csv";

    public string Extension => ".csv";

    public string MediaType => "text/csv";

    public Encoding DefaultEncoding => ExportEncodings.Utf8WithBom;

    public void Write(IEnumerable<ExportedWork> works, TextWriter writer, CancellationToken cancellationToken)
    {
        WriteRow(writer, WorkColumns.All.Select(c => c.Header));
        foreach (var work in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(writer, WorkColumns.All.Select(c => c.Text(work.Work)));
        }
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }

        writer.Write("\r\n");
    }
}
