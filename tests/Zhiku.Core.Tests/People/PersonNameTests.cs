using Zhiku.People;

namespace Zhiku.Tests.People;

/// <summary>Names taken apart and compared the way author disambiguation blocks and matches them.</summary>
public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Glänzel, Wolfgang")]
    [InlineData("Glaenzel, Wolfgang")]
    [InlineData("Glanzel, W")]
    [InlineData("GLANZEL W")]
    [InlineData("Wolfgang Glänzel")]
    public void Umlaut_transliteration_and_initials_share_one_block(string name) =>
        Assert.Equal("glanzel w", PersonName.Parse(name).Block);

    [Theory]
    [InlineData("Glanzel, Wolfgang", "Glaenzel, Wolfgang", NameMatch.Variant)]
    [InlineData("Chen, Dar-Zen", "Chen, Dar-Zen", NameMatch.Identical)]
    [InlineData("Yang, Guan-Can", "Yang, GC", NameMatch.Initials)]
    [InlineData("Boyack, Kevin W.", "Boyack, KW", NameMatch.Initials)]
    [InlineData("Smith, J", "Smith, JA", NameMatch.Initials)]
    [InlineData("张伟", "张 伟", NameMatch.Identical)]
    public void Names_of_one_person_agree(string a, string b, string kind) =>
        Assert.Equal(kind, NameMatch.Compare(PersonName.Parse(a), PersonName.Parse(b))?.Kind);

    [Theory]
    [InlineData("Glanzel, Wolfgang", "Glanzel, Walter")]
    [InlineData("Smith, JA", "Smith, JB")]
    [InlineData("张伟", "张薇")]
    [InlineData("Zhang, Wei", "张伟")]
    public void Names_of_two_people_do_not_agree(string a, string b) =>
        Assert.Null(NameMatch.Compare(PersonName.Parse(a), PersonName.Parse(b)));
}
