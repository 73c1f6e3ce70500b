using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Remote;
using Zhiku.Formats;
using Zhiku.Knowledge;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku export --format F [--query Q] [--out FILE] [--encoding E]</c>: writes works that re-import to the same works.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var formats = string.Join("|", ExporterCatalog.Default.Exporters.Select(e => e.Format));
        var format = new Option<string>("--format") { Description = formats + " (wos: Web of Science plain text for CiteSpace, VOSviewer, bibliometrix)", Required = true };
        var query = new Option<string?>("--query") { Description = "Export only the works this query finds" };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output; xlsx needs a file)" };
        var encoding = new Option<string?>("--encoding") { Description = $"The encoding of a text file written with --out: {ExportEncodings.Names} (csv defaults to utf-8-bom, which Excel needs)" };
        var command = new Command("export", $"Export works ({formats})") { format, query, output, encoding };
        var remote = RemoteOptions.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(output);
            var exporter = ExporterCatalog.Default.Find(parse.GetValue(format)!)
                ?? throw new ArgumentException($"unknown export format '{parse.GetValue(format)}': use {formats.Replace('|', ',')}");
            var chosen = parse.GetValue(encoding);
            if (path is null && exporter.IsBinary)
            {
                throw new ArgumentException($"{exporter.Format} is a binary format: write it to a file with --out FILE{exporter.Extension}");
            }

            if (path is null && chosen is not null)
            {
                throw new ArgumentException("--encoding applies to a file written with --out");
            }

            if (remote.Server(parse) is { } server)
            {
                using (server)
                {
                    RemoteExport.Run(server, new RemoteExport.Request(exporter.Format, parse.GetValue(query), chosen), path, context);
                }

                return 0;
            }

            using var kb = context.Open(parse);
            var read = kb.Read(Caller.Owner);
            if (path is null)
            {
                read.Export(exporter.Format, parse.GetValue(query), context.Output);
                return 0;
            }

            var file = new ExportFile(exporter.Format) { Query = parse.GetValue(query), Encoding = ExportEncodings.Parse(chosen) };
            int count;
            using (var stream = File.Create(path))
            {
                count = read.Export(file, stream);
            }

            context.Error.WriteLine($"exported {count} work(s) to {path}");
            return 0;
        }));
        return command;
    }
}
