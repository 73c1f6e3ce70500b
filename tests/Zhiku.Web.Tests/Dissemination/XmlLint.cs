using System.Diagnostics;

namespace Zhiku.Web.Tests.Dissemination;

/// <summary>
/// libxml2's xmllint on a document: schema validation against the official OAI-PMH and oai_dc schemas and Zhiku's own
/// (Schemas/, resolved offline through Schemas/catalog.xml), or well-formedness alone. A missing xmllint fails the
/// tests with the command that installs it.
/// </summary>
internal static class XmlLint
{
    private const string Tool = "/usr/bin/xmllint";

    public static string Schemas { get; } = FindSchemas();

    /// <summary>xmllint's exit code and messages for a response validated against Schemas/responses.xsd.</summary>
    public static (int Code, string Output) Validate(string xml) => Run(xml, "--schema", Path.Combine(Schemas, "responses.xsd"));

    /// <summary>xmllint's exit code and messages for a document checked for well-formedness only.</summary>
    public static (int Code, string Output) WellFormed(string xml) => Run(xml);

    private static (int Code, string Output) Run(string xml, params string[] arguments)
    {
        if (!File.Exists(Tool))
        {
            throw new InvalidOperationException($"xmllint is missing at {Tool}: apt-get install -y libxml2-utils");
        }

        var file = Path.Combine(Path.GetTempPath(), "zhiku-xmllint-" + Guid.NewGuid().ToString("N")[..8] + ".xml");
        File.WriteAllText(file, xml);
        try
        {
            var start = new ProcessStartInfo(Tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "--nonet", "--noout" }.Concat(arguments).Append(file))
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["XML_CATALOG_FILES"] = Path.Combine(Schemas, "catalog.xml");
            using var process = Process.Start(start)!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string FindSchemas()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Zhiku.Web.Tests", "Dissemination", "Schemas");
            }
        }

        throw new InvalidOperationException($"Zhiku.slnx not found above {AppContext.BaseDirectory}");
    }
}
