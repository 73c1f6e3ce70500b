using System.Globalization;
using Zhiku.Importing.Pipeline;

namespace Zhiku.Cli.Commands;

/// <summary>The human-readable data-quality report of an import.</summary>
internal static class ImportReportView
{
    private const int ErrorsShownPerFile = 10;

    public static void Write(TextWriter o, ImportReport report)
    {
        o.WriteLine($"Import batch {report.BatchId}: {report.Files.Count} file(s) in {report.Elapsed.TotalSeconds:0.0} s");
        foreach (var file in report.Files.Where(f => f.Skipped is null))
        {
            var status = file.Failure is not null ? "FAILED" : file.Format ?? "?";
            o.WriteLine($"  {Path.GetFileName(file.Path)} [{status}] read {file.Records}, imported {file.Imported}, merged {file.Merged}, unchanged {file.Unchanged}, rejected {file.Rejected}" +
                        (file.Entities > 0 ? $", registry entries {file.Entities}" : string.Empty));
            foreach (var error in file.Errors.Take(ErrorsShownPerFile))
            {
                o.WriteLine($"    ! line {error.Line}: {error.Message}");
            }

            if (file.Errors.Count > ErrorsShownPerFile)
            {
                o.WriteLine($"    ! … and {file.Errors.Count - ErrorsShownPerFile} more (use --json for all)");
            }
        }

        if (report.SkippedFiles > 0)
        {
            o.WriteLine($"  passed over {report.SkippedFiles} file(s) of the folders that hold no records (data and specs for other commands): "
                        + string.Join(", ", report.Files.Where(f => f.Skipped is not null).Select(f => Path.GetFileName(f.Path))));
        }

        o.WriteLine($"Records read {report.Records}; imported {report.Imported}; merged {report.Merged}; unchanged {report.Unchanged}; rejected {report.Rejected}");
        if (report.RejectionReasons.Count > 0)
        {
            o.WriteLine("Rejections by reason:");
            foreach (var (reason, count) in report.RejectionReasons.Take(10))
            {
                o.WriteLine($"  {count,6}  {reason}");
            }
        }

        if (report.MissingFields.Count > 0)
        {
            o.WriteLine("Missing fields (share of works): " + string.Join(", ",
                report.MissingFields.Select(p => $"{p.Key} {p.Value.ToString("P0", CultureInfo.InvariantCulture)}")));
        }
    }
}
