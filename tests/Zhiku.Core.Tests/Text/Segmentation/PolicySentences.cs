using System.Text.Json;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Text.Segmentation;

/// <summary>Sentences of the real State Council policy documents (cn-policy, "text" field).</summary>
internal static class PolicySentences
{
    private static readonly Lazy<IReadOnlyList<string>> Lazy = new(Load);

    public static IReadOnlyList<string> All => Lazy.Value;

    private static List<string> Load()
    {
        var sentences = new List<string>();
        foreach (var line in File.ReadLines(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? string.Empty;
            foreach (var sentence in text.Split(['。', '！', '？', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                sentences.Add(sentence);
            }
        }

        return sentences;
    }
}
