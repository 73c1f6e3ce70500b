using System.Text.Json;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Documents;

/// <summary>The real State Council documents of shared/data/documents/cn-policy, used as golden data and as fixture text.</summary>
public static class PolicyCorpus
{
    public sealed record Record(string Url, string Title, string IssuingOffice, string DocumentNumber, string Text);

    private static readonly Lazy<IReadOnlyList<Record>> All = new(Load);

    public static IReadOnlyList<Record> Records => All.Value;

    /// <summary>The record with the given 发文字号.</summary>
    public static Record ByNumber(string number) => Records.Single(r => r.DocumentNumber == number);

    private static IReadOnlyList<Record> Load()
    {
        var path = SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl");
        var records = new List<Record>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
            records.Add(new Record(Get("url"), Get("title"), Get("issuing_office"), Get("document_number"), Get("text")));
        }

        return records;
    }
}
