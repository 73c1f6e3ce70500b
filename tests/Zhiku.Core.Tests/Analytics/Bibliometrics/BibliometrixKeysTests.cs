using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Tests.Analytics.Bibliometrics;

public sealed class BibliometrixKeysTests
{
    [Theory]
    [InlineData("USA", "USA")]
    [InlineData("United States", "USA")]
    [InlineData("England", "UNITED KINGDOM")]
    [InlineData("Scotland", "UNITED KINGDOM")]
    [InlineData("Wales", "UNITED KINGDOM")]
    [InlineData("North Ireland", "UNITED KINGDOM")]
    [InlineData("Peoples R China", "CHINA")]
    [InlineData("China", "CHINA")]
    [InlineData("Taiwan", "TAIWAN")]
    [InlineData("South  Korea", "SOUTH KOREA")]
    public void Countries_are_keyed_as_bibliometrix_keys_them(string country, string expected) =>
        Assert.Equal(expected, BibliometrixKeys.Country(country));

    [Fact]
    public void A_work_has_the_countries_of_its_record_and_of_its_authors_once_each()
    {
        var work = new WorkRecord
        {
            Countries = ["England", "Peoples R China"],
            Authors = [new AuthorRecord { Name = "A", Countries = ["Scotland"] }, new AuthorRecord { Name = "B", Countries = ["USA"] }],
        };

        Assert.Equal(["UNITED KINGDOM", "CHINA", "USA"], BibliometrixKeys.Countries(work));
    }
}
