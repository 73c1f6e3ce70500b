using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Thesaurus;

namespace Zhiku.Search.Querying;

/// <summary>
/// The keyword facet through the accepted thesaurus: the counts of a term's forms are one value (its preferred term),
/// and filtering on a term matches every form as the index holds it (any case). Other facets pass through.
/// </summary>
internal static class ThesaurusFacets
{
    /// <summary>
    /// The facet's counted values with the forms of a term added into its preferred term, highest first. A work keyed
    /// with two forms of one term was counted under one of them only (<see cref="FacetCollector"/>): the sum counts works.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, int>> Merge(KeywordCanon canon, string facet, List<KeyValuePair<string, int>> counts) =>
        facet != SearchFields.Keyword || canon.Count == 0
            ? counts
            : canon.Merge(counts).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>The filter of a facet value: for a keyword the thesaurus names, any of its forms.</summary>
    public static Query Filter(KeywordCanon canon, IndexReader reader, string facet, string value)
    {
        var field = SearchFields.FacetValue(facet);
        var exact = new TermQuery(new Term(field, SearchFields.FacetKey(facet, value)));
        if (facet != SearchFields.Keyword || canon.Forms(value) is not { Count: > 1 } forms)
        {
            return exact;
        }

        var keys = forms.Select(f => BibliometrixKeys.Keyword(SearchFields.FacetKey(facet, f))).ToHashSet(StringComparer.Ordinal);
        var any = new BooleanQuery(disableCoord: true) { { exact, Occur.SHOULD } };
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            var text = terms.Term.Utf8ToString();
            if (keys.Contains(BibliometrixKeys.Keyword(text)))
            {
                any.Add(new TermQuery(new Term(field, BytesRef.DeepCopyOf(terms.Term))), Occur.SHOULD);
            }
        }

        return any;
    }
}
