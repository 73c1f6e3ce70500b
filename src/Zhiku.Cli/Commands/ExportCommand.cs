using System.CommandLine;
using System.Text;
using Zhiku.Access;
using Zhiku.Cli.Remote;
using Zhiku.Exporting;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku export --format F [--query Q] [--out FILE]</c>: writes works that re-import to the same works.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var formats = string.Join("|", ExporterCatalog.Default.Exporters.Select(e => e.Format));
        var format = new Option<string>("--format") { Description = formats, Required = true };
        var query = new Option<string?>("--query") { Description = "Export only the works this query finds" };
        var output = new Option<string?>("--out") { Description = "The file to write (default: standard output)" };
        var command = new Command("export", $"Export works ({formats})") { format, query, output };
        var remote = RemoteOptions.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(output);
            if (remote.Server(parse) is { } server)
            {
                using (server)
                {
                    RemoteExport.Run(server, parse.GetValue(format)!, parse.GetValue(query), path, context);
                }

                return 0;
            }

            using var kb = context.Open(parse);
            int count;
            if (path is null)
            {
                count = kb.Export(parse.GetValue(format)!, parse.GetValue(query), context.Output, Caller.Owner);
            }
            else
            {
                using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
                count = kb.Export(parse.GetValue(format)!, parse.GetValue(query), writer, Caller.Owner);
                context.Error.WriteLine($"exported {count} work(s) to {path}");
            }

            return 0;
        }));
        return command;
    }
}
