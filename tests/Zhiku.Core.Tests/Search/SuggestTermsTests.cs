using Zhiku.Search.Suggesting;

namespace Zhiku.Tests.Search;

public sealed class SuggestTermsTests
{
    [Theory]
    [InlineData("  ＡＩ　Policy ", "ai policy")]
    [InlineData("人工智能", "人工智能")]
    [InlineData("Wang,   Ming", "wang, ming")]
    public void Prefixes_and_terms_are_compared_folded_and_lower_cased(string text, string expected) =>
        Assert.Equal(expected, SuggestTerms.Normalise(text));

    [Fact]
    public void A_term_carries_its_kind_and_what_to_show()
    {
        var term = SuggestTerms.Term(SuggestionKind.Author, "Wang, Ming");

        Assert.StartsWith("wang, ming\u001F", term, StringComparison.Ordinal);
        Assert.Equal((SuggestionKind.Author, "Wang, Ming"), SuggestTerms.Parse(term));
    }
}
