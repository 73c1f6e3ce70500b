using System.CommandLine;
using Zhiku.Cli.Output;
using Zhiku.Cli.Remote;
using Zhiku.Importing.Pipeline;
using Zhiku.Storage;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku import PATH...</c>: imports files and folders and prints the data-quality report.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to import", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "Use this format instead of detecting it" };
        var mapping = new Option<string?>("--mapping") { Description = "Read the files as registry tables through this column mapping (YAML or JSON)" };
        var owner = new Option<string?>("--owner") { Description = "The owner organisation (default: the home organisation)" };
        var access = new Option<string>("--access") { Description = "public, shared, internal or restricted", DefaultValueFactory = _ => "public" };
        var strict = new Option<bool>("--strict") { Description = "Fail (exit code 2) when any record is rejected" };
        var command = new Command("import", "Import bibliographic exports, documents, feeds and registries") { paths, format, mapping, owner, access, strict };
        var remote = RemoteOptions.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            using var server = remote.Server(parse);
            if (server is not null && (parse.GetValue(format) ?? parse.GetValue(mapping) ?? parse.GetValue(owner)) is not null)
            {
                throw new ArgumentException("--format, --mapping and --owner are not available with --server: the server detects formats and imports for the token's organisation");
            }

            var options = new ImportOptions
            {
                Format = parse.GetValue(format),
                Mapping = parse.GetValue(mapping),
                Owner = parse.GetValue(owner),
                Access = AccessLevels.Parse(parse.GetValue(access) ?? "public"),
            };
            ImportReport report;
            if (server is not null)
            {
                report = RemoteImport.Run(server, parse.GetValue(paths)!, AccessLevels.Name(options.Access), context);
            }
            else
            {
                using var kb = context.Open(parse);
                report = ImportProgressView.Run(context, progress => kb.Import(parse.GetValue(paths)!, options, progress));
            }

            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, ImportJson.From(report));
            }
            else
            {
                ImportReportView.Write(context.Output, report);
            }

            foreach (var failed in report.Files.Where(f => f.Failure is not null))
            {
                context.Error.WriteLine($"zhiku: {failed.Failure}");
            }

            return parse.GetValue(strict) && (report.Rejected > 0 || report.FailedFiles > 0) ? 2 : 0;
        }));
        return command;
    }
}
