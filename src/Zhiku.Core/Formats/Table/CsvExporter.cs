using System.Text;
using Zhiku.Files.Text;

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
        var csv = new CsvWriter(writer);
        csv.WriteRow(WorkColumns.All.Select(c => c.Header));
        foreach (var work in works)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteRow(WorkColumns.All.Select(c => c.Text(work.Work)));
        }
    }
}
