using System.Text.Json;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Text.Segmentation;

/// <summary>Sentences of the real State Council policy documents (cn-policy, "text" field).</summary>
internal static class PolicySentences
{
    private static readonly Lazy<IReadOnlyList<string>> LazyDocuments = new(LoadDocuments);
    private static readonly Lazy<IReadOnlyList<string>> LazySentences = new(LoadSentences);

    /// <summary>The 60 "text" values.</summary>
    public static IReadOnlyList<string> Documents => LazyDocuments.Value;

    /// <summary>The texts split at 。！？； and line breaks.</summary>
    public static IReadOnlyList<string> All => LazySentences.Value;

    private static List<string> LoadDocuments()
    {
        var documents = new List<string>();
        foreach (var line in File.ReadLines(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            documents.Add(json.RootElement.GetProperty("text").GetString() ?? string.Empty);
        }

        return documents;
    }

    private static List<string> LoadSentences()
    {
        var sentences = new List<string>();
        foreach (var text in Documents)
        {
            foreach (var sentence in text.Split(['。', '！', '？', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                sentences.Add(sentence);
            }
        }

        return sentences;
    }
}
