using Zhiku.Text.Scripts;

namespace Zhiku.Search;

/// <summary>The fields of the search index. Text fields come in pairs: words (segmented, stemmed) and CJK bigrams.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Lang = "lang";
    public const string Year = "year";
    public const string DateSort = "date_sort";
    public const string CitesSort = "cites_sort";
    public const string Owner = "owner";
    public const string Access = "access";

    public const string Title = "title";

    /// <summary>The titles' words as written, stop words kept: what a query made only of stop words searches.</summary>
    public const string TitleWords = "title_words";
    public const string Abstract = "abstract";
    /// <summary>Stored full text, for snippets and display (searched through <see cref="Text"/>).</summary>
    public const string FullText = "fulltext";

    /// <summary>The body of a record in one field: abstracts, full text, authors, source and organisations.</summary>
    public const string Text = "text";
    public const string Author = "author";
    public const string Source = "source";
    public const string Keyword = "keyword";
    public const string Org = "org";
    public const string Identifier = "ident";

    /// <summary>The CJK-bigram twin of a text field, which finds substrings of Chinese words.</summary>
    public static string Cjk(string field) => field + "_cjk";

    /// <summary>The doc-values field a facet is counted from.</summary>
    public static string Facet(string facet) => "f_" + facet;

    /// <summary>The indexed (not tokenised) twin of a facet, which facet filters match on.</summary>
    public static string FacetValue(string facet) => "fv_" + facet;

    /// <summary>
    /// The value a facet counts and filters on: names and keywords in Simplified Chinese, so that a Traditional and a
    /// Simplified spelling are one value (shown in Simplified).
    /// </summary>
    public static string FacetKey(string facet, string value) =>
        facet is "keyword" or "source" or "org" ? ScriptFolding.Default.Fold(value) : value;

    /// <summary>Facets reported with every search ("clc": the CLC top-level class, named in Chinese and English).</summary>
    public static readonly string[] Facets = ["kind", "year", "source", "keyword", "org", "lang", "clc"];

    /// <summary>
    /// Fields searched when a query names no field, with their boosts: title and keywords on their own (they weigh
    /// most), everything else through the one body field, so that a query costs seven clauses rather than fourteen.
    /// </summary>
    public static readonly (string Field, float Boost)[] Default =
    [
        (Title, 3f), (Cjk(Title), 2.5f), (Keyword, 2f), (Cjk(Keyword), 1.5f), (Text, 1f), (Cjk(Text), 0.8f), (Identifier, 2f),
    ];

    /// <summary>The query syntax's field names and the index fields they search.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = [Title, Cjk(Title)],
        ["ti"] = [Title, Cjk(Title)],
        ["标题"] = [Title, Cjk(Title)],
        ["abstract"] = [Abstract, Cjk(Abstract)],
        ["ab"] = [Abstract, Cjk(Abstract)],
        ["摘要"] = [Abstract, Cjk(Abstract)],
        ["text"] = [Text, Cjk(Text)],
        ["fulltext"] = [Text, Cjk(Text)],
        ["全文"] = [Text, Cjk(Text)],
        ["author"] = [Author, Cjk(Author)],
        ["au"] = [Author, Cjk(Author)],
        ["作者"] = [Author, Cjk(Author)],
        ["source"] = [Source, Cjk(Source)],
        ["so"] = [Source, Cjk(Source)],
        ["来源"] = [Source, Cjk(Source)],
        ["keyword"] = [Keyword, Cjk(Keyword)],
        ["kw"] = [Keyword, Cjk(Keyword)],
        ["关键词"] = [Keyword, Cjk(Keyword)],
        ["org"] = [Org, Cjk(Org)],
        ["机构"] = [Org, Cjk(Org)],
        ["kind"] = [Kind],
        ["类型"] = [Kind],
        ["lang"] = [Lang],
        ["语言"] = [Lang],
        ["id"] = [Identifier],
        ["doi"] = [Identifier],
    };
}
