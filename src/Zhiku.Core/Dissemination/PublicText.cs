using Zhiku.Model;

namespace Zhiku.Dissemination;

/// <summary>What of a work dissemination hands out beyond its metadata.</summary>
internal static class PublicText
{
    /// <summary>
    /// The abstracts that may be republished: none for a work with an OpenAlex source, whose abstracts come from
    /// publishers (see the rights note of the data sources); the work's own abstracts otherwise.
    /// </summary>
    public static IReadOnlyList<LangText> Abstracts(WorkRecord work, bool fromOpenAlex) => fromOpenAlex ? [] : work.Abstracts;

    /// <summary>The work's keywords, subjects first-seen order, without repeats.</summary>
    public static IEnumerable<string> Keywords(WorkRecord work) =>
        work.AuthorKeywords.Concat(work.IndexKeywords).Concat(work.Subjects)
            .Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
}
