namespace Zhiku.Enrichment.Keywords;

/// <summary>
/// The baseline keywords are measured against: plain TF-IDF of single segmented words (stop words dropped, no phrases,
/// no title weight, no TextRank), with the same IDF table.
/// </summary>
public sealed class TfIdfKeywords(KeywordText text, DocumentFrequencies frequencies)
{
    /// <summary>The <paramref name="count"/> words of the highest TF-IDF, best first.</summary>
    public IReadOnlyList<string> Extract(string title, string body, int count)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.Words(title).Concat(text.Words(body)).OfType<string>())
        {
            tf[word] = tf.GetValueOrDefault(word) + 1;
        }

        return [.. tf.Select(p => (Word: p.Key, Score: p.Value * frequencies.Idf(p.Key)))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Word, StringComparer.Ordinal)
            .Take(count).Select(p => p.Word)];
    }
}
