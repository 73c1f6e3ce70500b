using System.Text.Json;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Text.Scripts;

/// <summary>The government work reports of shared/data/documents/cn-policy (1954–2025; the earliest in Traditional characters).</summary>
internal static class GovernmentWorkReports
{
    public const string Path = "documents/cn-policy/government_work_reports.jsonl";

    private static readonly Lazy<IReadOnlyList<(string Title, string Content)>> LazyAll = new(Load);

    public static IReadOnlyList<(string Title, string Content)> All => LazyAll.Value;

    /// <summary>The content of the report of a year ("1954").</summary>
    public static string Content(string year) =>
        All.First(r => r.Title.StartsWith(year + "年", StringComparison.Ordinal) && r.Title.Contains("政府工作报告", StringComparison.Ordinal)).Content;

    private static List<(string, string)> Load()
    {
        var reports = new List<(string, string)>();
        foreach (var line in File.ReadLines(SharedData.Path(Path)))
        {
            using var json = JsonDocument.Parse(line);
            reports.Add((json.RootElement.GetProperty("title").GetString()!, json.RootElement.GetProperty("content").GetString()!));
        }

        return reports;
    }
}
