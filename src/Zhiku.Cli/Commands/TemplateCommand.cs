using System.CommandLine;
using System.Text;
using MiniExcelLibs;
using Zhiku.Files.Text;
using Zhiku.Formats.Registry.Templates;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku template people|organisations|projects|outputs|cases [--lang zh|en] [--out FILE]</c>: writes an empty registry
/// template (CSV, or XLSX when FILE ends in .xlsx) whose headers <c>zhiku import</c> recognises without a mapping.
/// </summary>
internal static class TemplateCommand
{
    private static readonly string[] Kinds = ["people", "organisations", "projects", "outputs", "cases"];

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = string.Join("|", Kinds) };
        var lang = new Option<string>("--lang") { Description = "Header language: zh or en", DefaultValueFactory = _ => "zh" };
        var output = new Option<string?>("--out") { Description = "The file to write, .csv or .xlsx (default: CSV on standard output)" };
        var command = new Command("template", "Write an empty registry template with Chinese or English headers") { kind, lang, output };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(kind) ?? string.Empty;
            var template = ShippedMappings.Templates.FirstOrDefault(t => t.Name == "template-" + name)
                ?? throw new ArgumentException($"unknown template '{name}': use {string.Join(", ", Kinds)}");
            var language = parse.GetValue(lang) is "en" ? "en" : parse.GetValue(lang) is "zh" ? "zh"
                : throw new ArgumentException("--lang takes zh or en");
            var headers = ShippedMappings.Headers(template, language);
            var path = parse.GetValue(output);
            if (path is null)
            {
                context.Output.WriteLine(Csv(headers));
            }
            else if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                var row = headers.ToDictionary(h => h, _ => (object?)null);
                MiniExcel.SaveAs(path, new[] { row }, printHeader: true, overwriteFile: true);
                context.Error.WriteLine($"wrote {path}");
            }
            else
            {
                File.WriteAllText(path, Csv(headers) + "\n", new UTF8Encoding(true));
                context.Error.WriteLine($"wrote {path}");
            }

            return 0;
        }));
        return command;
    }

    private static string Csv(IEnumerable<string> headers) =>
        string.Join(',', headers.Select(h => CsvWriter.Cell(h)));
}
