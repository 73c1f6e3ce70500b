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
    [InlineData("張曉明", "张晓明", NameMatch.Identical)]
    [InlineData("张晓明", "Zhang, Xiaoming", NameMatch.Script)]
    [InlineData("张晓明", "Xiaoming Zhang", NameMatch.Script)]
    [InlineData("張曉明", "Xiao-Ming Zhang", NameMatch.Script)]
    [InlineData("张晓明", "Zhang Xiaoming", NameMatch.Script)]
    [InlineData("张晓明", "ZHANG Xiao-ming", NameMatch.Script)]
    [InlineData("张晓明", "Zhang, X.-M.", NameMatch.Initials)]
    [InlineData("张晓明", "Zhang, XM", NameMatch.Initials)]
    [InlineData("曾志伟", "Zeng, Zhiwei", NameMatch.Script)]
    [InlineData("单磊", "Shan, Lei", NameMatch.Script)]
    [InlineData("区永", "Ou, Yong", NameMatch.Script)]
    [InlineData("欧阳明", "Ouyang, Ming", NameMatch.Script)]
    [InlineData("吕明", "Lu, Ming", NameMatch.Script)]
    [InlineData("Zhang Xiaoming", "Zhang, Xiao-Ming", NameMatch.Variant)]
    public void Names_of_one_person_agree(string a, string b, string kind) =>
        Assert.Equal(kind, NameMatch.Compare(PersonName.Parse(a), PersonName.Parse(b))?.Kind);

    [Theory]
    [InlineData("Glanzel, Wolfgang", "Glanzel, Walter")]
    [InlineData("Smith, JA", "Smith, JB")]
    [InlineData("张伟", "张薇")]
    [InlineData("张伟", "章伟")]
    [InlineData("张晓明", "Zhang, Xiaohong")]
    [InlineData("张晓明", "Zhang, X.-H.")]
    [InlineData("张晓明", "Zhang, Ming")]
    [InlineData("曾志伟", "Ceng, Zhiwei")]
    [InlineData("Wolfgang Glanzel", "Glanzel Wolfgang")]
    public void Names_of_two_people_do_not_agree(string a, string b) =>
        Assert.Null(NameMatch.Compare(PersonName.Parse(a), PersonName.Parse(b)));

    [Theory]
    [InlineData("张晓明")]
    [InlineData("張曉明")]
    [InlineData("Zhang, X.-M.")]
    [InlineData("Zhang, Xiaoming")]
    [InlineData("Zhang Xiaoming")]
    [InlineData("Xiaoming Zhang")]
    public void A_Chinese_name_in_both_scripts_and_in_pinyin_either_way_round_meets_in_one_block(string name) =>
        Assert.Contains("zhang x", PersonName.Parse(name).Blocks);

    [Theory]
    [InlineData("Wolfgang Glanzel")]
    [InlineData("Chen Dar-Zen")]
    [InlineData("Kevin W. Boyack")]
    public void A_Western_name_without_a_comma_keeps_one_reading(string name) =>
        Assert.Single(PersonName.Parse(name).Blocks);
}
