using System.CommandLine;

namespace Zhiku.Cli.Commands;

/// <summary>Options shared by the <c>analyze</c> subcommands that work on the works a query finds.</summary>
internal static class AnalyzeOptions
{
    public static Option<string?> Query() => new("--query") { Description = "Analyse only the works this query finds (default: all)" };

    public static Option<int> Top(int defaultValue = 20) => new("--top") { Description = "Rows per table", DefaultValueFactory = _ => defaultValue };

    public static Option<int?> ReferenceYear() =>
        new("--reference-year") { Description = "Year for the m index and citations per year (default: the latest publication year, never the clock)" };
}
