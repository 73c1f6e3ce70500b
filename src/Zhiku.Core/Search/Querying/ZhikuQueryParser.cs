using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Zhiku.Model;
using Zhiku.Search.Analysis;
using Zhiku.Text.Scripts;

namespace Zhiku.Search.Querying;

/// <summary>
/// The search syntax: words and "phrases", AND/OR/NOT, parentheses, and the fields title:, author:, source:,
/// keyword:, org:, kind:, lang:, year:[2010 TO 2020] (with Chinese aliases 标题:, 作者:, ...). A field of the syntax
/// searches its word field and its CJK-bigram twin, so Chinese substrings are found. Terms without a field search the
/// default fields with boosts. All terms must match unless OR says otherwise.
/// </summary>
internal sealed partial class ZhikuQueryParser : QueryParser
{
    private const string AllFields = "_all";

    private static readonly HashSet<string> ExactFields = new([SearchFields.Kind, SearchFields.Lang, SearchFields.Identifier, SearchFields.Id], StringComparer.Ordinal);

    private readonly bool _stopWordsOnly;

    // The accepted keyword thesaurus: a word or phrase that is one of its terms also finds the term's other forms.
    private readonly Thesaurus.KeywordCanon _thesaurus;
    private bool _expanding;

    /// <summary>
    /// A parser over the query analyzer. <paramref name="stopWordsOnly"/>: for a query whose every word is a stop word,
    /// words without a field search the title words as written (stop words kept) instead of the default fields.
    /// </summary>
    public ZhikuQueryParser(Lucene.Net.Analysis.Analyzer queryAnalyzer, bool stopWordsOnly = false, Thesaurus.KeywordCanon? thesaurus = null)
        : base(SearchAnalyzers.Version, AllFields, queryAnalyzer)
    {
        _stopWordsOnly = stopWordsOnly;
        _thesaurus = thesaurus ?? Thesaurus.KeywordCanon.Empty;
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
        // A run of Chinese characters typed without spaces means that run, in order: a phrase of its words/bigrams.
        AutoGeneratePhraseQueries = true;
    }

    // Set while building the per-field queries of one syntax field, so that Lucene's phrase-with-slop path,
    // which calls back into GetFieldQuery, reaches the base implementation directly.
    private bool _inner;

    // The query being parsed, for the position and text of a mistake.
    private string _query = string.Empty;

    /// <summary>Parses a query; a mistake becomes a <see cref="QuerySyntaxException"/> saying what and where.</summary>
    public Query ParseQuery(string text)
    {
        _query = text;
        QueryBalance.Check(text);
        try
        {
            return Parse(text);
        }
        catch (ParseException e)
        {
            // Lucene wraps its own exception ("Cannot parse '…'"); the inner one knows the token it stopped at.
            var token = ((e.InnerException as ParseException) ?? e).CurrentToken?.Next;
            var atEnd = token is null || token.Kind == 0;
            // Lucene.Net counts columns from 0.
            throw new QuerySyntaxException(text, QuerySyntaxKind.Unexpected, atEnd ? text.Length : token!.BeginColumn, atEnd ? null : token!.Image, e);
        }
    }

    private QuerySyntaxException Mistake(QuerySyntaxKind kind, string? detail, string? near = null)
    {
        var look = near ?? detail;
        var at = look is null ? -1 : _query.IndexOf(look, StringComparison.OrdinalIgnoreCase);
        return new QuerySyntaxException(_query, kind, at < 0 ? null : at, detail);
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        _inner ? base.GetFieldQuery(field, queryText, quoted) : Expand(field, queryText, (f, t) => base.GetFieldQuery(f, t, quoted));

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        _inner ? base.GetFieldQuery(field, queryText, slop) : Expand(field, queryText, (f, t) => base.GetFieldQuery(f, t, slop));

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        field = ScriptFolding.Default.Fold(field);
        if (string.Equals(field, "year", StringComparison.OrdinalIgnoreCase) || field == "年份")
        {
            return NumericRangeQuery.NewInt32Range(SearchFields.Year, Year(part1), Year(part2), startInclusive, endInclusive);
        }

        throw Mistake(QuerySyntaxKind.BadRange, field, field + ":");
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Single(field), ScriptFolding.Default.Fold(termStr), minSimilarity);

    private Query Expand(string field, string text, Func<string, string, Query?> build)
    {
        if (!_expanding && _thesaurus.Count > 0 && IsKeywordField(field) && _thesaurus.Forms(text) is { Count: > 1 } forms)
        {
            _expanding = true;
            try
            {
                var any = new BooleanQuery(disableCoord: true);
                foreach (var form in forms.Prepend(text).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (Expand(field, form, build) is { } one)
                    {
                        any.Add(one, Occur.SHOULD);
                    }
                }

                return any.Clauses.Count == 0 ? null! : any;
            }
            finally
            {
                _expanding = false;
            }
        }

        return ExpandField(field, text, build);
    }

    private static bool IsKeywordField(string field) =>
        field == AllFields || (SearchFields.Aliases.TryGetValue(ScriptFolding.Default.Fold(field), out var mapped) && mapped.Contains(SearchFields.Keyword));

    private Query ExpandField(string field, string text, Func<string, string, Query?> build)
    {
        // The Chinese field names work in Traditional characters too (標題:, 關鍵詞:).
        field = ScriptFolding.Default.Fold(field);
        if (string.Equals(field, "year", StringComparison.OrdinalIgnoreCase) || field == "年份")
        {
            var year = Year(text) ?? throw Mistake(QuerySyntaxKind.NotAYear, text);
            return NumericRangeQuery.NewInt32Range(SearchFields.Year, year, year, true, true);
        }

        if (field is "kind" or "类型")
        {
            text = KindAlias(text);
        }

        var targets = Targets(field);

        var hasCjk = text.Any(LanguageGuess.IsCjk);
        var combined = new BooleanQuery(disableCoord: true);
        var analysed = false;
        foreach (var (target, boost) in targets)
        {
            var isCjk = target.EndsWith("_cjk", StringComparison.Ordinal);
            if (isCjk && (!hasCjk || Twin(targets, target[..^4]) is not null))
            {
                // Without Chinese the bigram twin has nothing to match; with a word field beside it, it goes with that.
                continue;
            }

            var query = Build(build, target, text, boost);
            if (hasCjk && !isCjk && Twin(targets, SearchFields.Cjk(target)) is { } twinBoost)
            {
                query = InOrder(Build(build, SearchFields.Cjk(target), text, twinBoost), query);
            }

            if (query is not null)
            {
                analysed |= !ExactFields.Contains(target);
                combined.Add(query, Occur.SHOULD);
            }
        }

        if (!analysed && targets.Any(t => !ExactFields.Contains(t.Field)))
        {
            // Every text field dropped the word (an English stop word such as "of"): the word is dropped, rather than
            // left to an exact field such as the identifiers, where it would be a required clause nothing matches.
            return null!;
        }

        return combined.Clauses.Count switch
        {
            0 => null!,
            1 => combined.Clauses[0].Query,
            _ => combined,
        };
    }

    private Query? Build(Func<string, string, Query?> build, string field, string text, float boost)
    {
        Query? query;
        _inner = true;
        try
        {
            query = build(field, text);
        }
        finally
        {
            _inner = false;
        }

        if (query is not null)
        {
            query.Boost = boost;
        }

        return query;
    }

    // Chinese characters match in order with nothing between them only in the bigram field: the word field drops
    // punctuation and stop words and puts sub-words at their word's position ("十三" of 十三点 before 五), so a word
    // phrase can jump characters (十三五 in 十三点五). The bigram query decides; the word query adds its score.
    private static Query? InOrder(Query? characters, Query? words)
    {
        if (characters is null || words is null)
        {
            return characters ?? words;
        }

        return new BooleanQuery(disableCoord: true) { { characters, Occur.MUST }, { words, Occur.SHOULD } };
    }

    private static float? Twin(IEnumerable<(string Field, float Boost)> targets, string field) =>
        targets.Where(t => t.Field == field).Select(t => (float?)t.Boost).FirstOrDefault();

    private (string Field, float Boost)[] Targets(string field) =>
        field == AllFields
            ? _stopWordsOnly ? [(SearchFields.TitleWords, 1f)] : SearchFields.Default
            : SearchFields.Aliases.TryGetValue(field, out var mapped)
                ? [.. mapped.Select(f => (Field: f, Boost: 1f))]
                : throw Mistake(QuerySyntaxKind.UnknownField, field, field + ":");

    private string Single(string field) => SingleField(ScriptFolding.Default.Fold(field));

    private string SingleField(string field) =>
        field == AllFields ? SearchFields.Title
        : SearchFields.Aliases.TryGetValue(field, out var mapped) ? mapped[0]
        : throw Mistake(QuerySyntaxKind.UnknownField, field, field + ":");

    private int? Year(string text) =>
        text is "*" ? null
        : int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y
        : throw Mistake(QuerySyntaxKind.NotAYear, text);

    private static string KindAlias(string text) => text.ToLowerInvariant() switch
    {
        "article" or "期刊论文" or "论文" => "journal-article",
        "conference" or "会议论文" => "conference-paper",
        "policy" or "政策" or "政策文件" => "policy-document",
        "report" or "智库报告" or "报告" => "think-tank-report",
        "brief" or "专报" or "内参" => "policy-brief",
        "thesis" or "学位论文" => "thesis",
        "patent" or "专利" => "patent",
        "book" or "图书" => "book",
        "news" or "新闻" => "news",
        _ => text,
    };
}
