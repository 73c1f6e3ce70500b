using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Zhiku.Model;
using Zhiku.Text.Scripts;

namespace Zhiku.Search.Querying;

/// <summary>
/// Prefix and wildcard queries search every field the word would search, so that <c>sci*</c> finds at least what
/// <c>science</c> finds and <c>科*</c> at least what <c>科技</c> finds. Their terms skip the analyzer, so they are folded
/// to Simplified here; a Latin prefix also searches its stem (the index holds "scienc" for "science"), and a Chinese
/// prefix searches its characters as a run in the bigram field (a word starting with 科学 contains the run 科学).
/// </summary>
internal sealed partial class ZhikuQueryParser
{
    protected override Query GetPrefixQuery(string field, string termStr) =>
        MultiTerm(field, NoLeadingWildcard(termStr), prefix: true);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        field == "*" && termStr == "*" ? base.GetWildcardQuery(field, termStr) : MultiTerm(field, NoLeadingWildcard(termStr), prefix: false);

    // A word starting with a wildcard would scan every term of the index.
    private string NoLeadingWildcard(string termStr) =>
        termStr.Length > 0 && termStr[0] is '*' or '?' ? throw Mistake(QuerySyntaxKind.LeadingWildcard, null, termStr) : termStr;

    private Query MultiTerm(string field, string termStr, bool prefix)
    {
        var text = ScriptFolding.Default.Fold(termStr);
        var hasCjk = text.Any(LanguageGuess.IsCjk);
        var combined = new BooleanQuery(disableCoord: true);
        foreach (var (target, boost) in Targets(ScriptFolding.Default.Fold(field)))
        {
            if (target == SearchFields.TitleWords)
            {
                // Only a query of stop words searches this field; a prefix there is the word itself.
                Add(combined, prefix ? base.GetPrefixQuery(target, text) : base.GetWildcardQuery(target, text), boost);
            }
            else if (target.EndsWith("_cjk", StringComparison.Ordinal))
            {
                if (hasCjk && prefix)
                {
                    Add(combined, Build((f, t) => base.GetFieldQuery(f, t, quoted: true), target, text, boost), boost);
                }
            }
            else
            {
                Add(combined, prefix ? base.GetPrefixQuery(target, text) : base.GetWildcardQuery(target, text), boost);
                if (prefix && !hasCjk && !ExactFields.Contains(target) && Stem(target, text) is { } stem)
                {
                    Add(combined, base.GetPrefixQuery(target, stem), boost);
                }
            }
        }

        return combined.Clauses.Count == 1 ? combined.Clauses[0].Query : combined;
    }

    private static void Add(BooleanQuery combined, Query? query, float boost)
    {
        if (query is not null)
        {
            query.Boost = boost;
            combined.Add(query, Occur.SHOULD);
        }
    }

    // The one term the field's analyzer makes of a word, when it differs from the word lower-cased.
    private string? Stem(string field, string word)
    {
        using var stream = Analyzer.GetTokenStream(field, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? only = null;
        var count = 0;
        while (stream.IncrementToken())
        {
            only = term.ToString();
            count++;
        }

        stream.End();
        return count == 1 && !string.Equals(only, word.ToLowerInvariant(), StringComparison.Ordinal) ? only : null;
    }
}
