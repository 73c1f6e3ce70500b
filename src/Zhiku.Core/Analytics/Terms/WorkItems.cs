using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;
using Zhiku.Text.Segmentation;

namespace Zhiku.Analytics.Terms;

/// <summary>
/// The one place that turns a work into the items an analysis counts (keywords, Keywords Plus, title/abstract terms,
/// cited references), keyed as bibliometrix keys them. Every analysis, the CLI, the web and the report use it.
/// </summary>
public static class WorkItems
{
    /// <summary>Author keywords (DE), Keywords Plus (ID) and accepted machine keywords.</summary>
    public static IReadOnlyList<string> Keywords(WorkRecord work) =>
        Keys(work.AuthorKeywords.Concat(work.IndexKeywords).Concat(work.MachineKeywords));

    /// <summary>Author keywords (DE); a work without them (a policy document) counts its accepted machine keywords.</summary>
    public static IReadOnlyList<string> AuthorKeywords(WorkRecord work) => Keys(OwnOrMachine(work));

    /// <summary>The author keywords, or the accepted machine keywords of a work the source gives none.</summary>
    public static IEnumerable<string> OwnOrMachine(WorkRecord work) => work.AuthorKeywords.Count > 0 ? work.AuthorKeywords : work.MachineKeywords;

    /// <summary>Keywords Plus (ID; index keywords of Scopus) only.</summary>
    public static IReadOnlyList<string> KeywordsPlus(WorkRecord work) => Keys(work.IndexKeywords);

    /// <summary>Cited references.</summary>
    public static IReadOnlyList<string> References(WorkRecord work) =>
        [.. work.References.Select(BibliometrixKeys.Reference).Where(k => k.Length > 0)];

    /// <summary>Title and abstract terms (<see cref="TermExtractor"/> with the default segmenter).</summary>
    public static Func<WorkRecord, IReadOnlyList<string>> Terms()
    {
        var extractor = new TermExtractor(ChineseSegmenter.Default);
        return w => extractor.Extract(w.Titles.Concat(w.Abstracts).Select(t => t.Text));
    }

    /// <summary>The items of a field name: keywords, author-keywords, keywords-plus, terms or references.</summary>
    public static Func<WorkRecord, IReadOnlyList<string>> Of(string field) => field switch
    {
        "keywords" => Keywords,
        "author-keywords" => AuthorKeywords,
        "keywords-plus" => KeywordsPlus,
        "references" => References,
        "terms" => Terms(),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no such item field"),
    };

    private static List<string> Keys(IEnumerable<string> keywords) =>
        [.. keywords.Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0)];
}
