using System.Globalization;
using Zhiku.Outputs.Tracing;

namespace Zhiku.Cli.Commands;

/// <summary>The readable table of <c>zhiku trace</c>, in Chinese (the default) or English: one line per link, then its passages side by side.</summary>
internal static class TraceView
{
    private static readonly Dictionary<string, Dictionary<string, string>> Labels = new(StringComparer.Ordinal)
    {
        ["zh"] = new(StringComparer.Ordinal)
        {
            ["none"] = "未发现成果在后续文件中被引用或复用。",
            ["count"] = "共 {0} 条关联",
            ["reference"] = "引用",
            ["reuse"] = "复用",
            ["similarity"] = "相似度",
            ["output"] = "成果",
            ["document"] = "文件",
        },
        ["en"] = new(StringComparer.Ordinal)
        {
            ["none"] = "No output is referred to or reused in a later document.",
            ["count"] = "{0} links",
            ["reference"] = "reference",
            ["reuse"] = "reuse",
            ["similarity"] = "similarity",
            ["output"] = "output",
            ["document"] = "document",
        },
    };

    public static void Write(TextWriter writer, TraceReport report, string language)
    {
        var t = Labels[language];
        if (report.Links.Count == 0)
        {
            writer.WriteLine(t["none"]);
            return;
        }

        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, t["count"], report.Links.Count));
        foreach (var link in report.Links)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{link.Output} {link.OutputTitle} → {link.Document} {link.DocumentTitle} ({link.DocumentDate})  {t[link.Kind]}  {t["similarity"]} {link.Similarity:F2}"));
            foreach (var p in link.Passages)
            {
                writer.WriteLine($"    {t["output"]}: {p.Output.ReplaceLineEndings(" ")}");
                writer.WriteLine($"    {t["document"]}: {p.Document.ReplaceLineEndings(" ")}");
            }
        }
    }
}
