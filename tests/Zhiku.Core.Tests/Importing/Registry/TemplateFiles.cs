using System.Text;
using MiniExcelLibs;
using Zhiku.Formats.Registry;
using Zhiku.Formats.Registry.Templates;

namespace Zhiku.Tests.Importing.Registry;

/// <summary>Writes filled-in registry templates as CSV or XLSX in a temporary folder that is removed on dispose.</summary>
public sealed class TemplateFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("zhiku-registry-").FullName;

    public string Path(string name) => System.IO.Path.Combine(_folder, name);

    /// <summary>The shipped template by name ("template-people").</summary>
    public static RegistryMapping Template(string name) => ShippedMappings.Templates.Single(t => t.Name == name);

    /// <summary>Writes rows given by target field (as in the mapping's columns) under the template's headers in a language.</summary>
    public string Write(string name, string templateName, string language, IReadOnlyList<Dictionary<string, string>> rows)
    {
        var template = Template(templateName);
        var targets = template.Columns.Keys.ToList();
        var headers = ShippedMappings.Headers(template, language);
        var path = Path(name);
        if (name.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            var sheet = rows.Select(r => (IDictionary<string, object>)targets.Select((t, i) => (headers[i], (object)r.GetValueOrDefault(t, string.Empty)))
                .ToDictionary(x => x.Item1, x => x.Item2)).ToList();
            MiniExcel.SaveAs(path, sheet);
            return path;
        }

        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', headers.Select(Quote)));
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(',', targets.Select(t => Quote(row.GetValueOrDefault(t, string.Empty)))));
        }

        File.WriteAllText(path, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
