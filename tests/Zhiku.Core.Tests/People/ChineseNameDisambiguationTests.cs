using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.People;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.People;

/// <summary>
/// Chinese names across scripts on a real CNKI export (307 articles converted by CiteSpace, authors in Han characters)
/// beside an English-language record of one of its authors written in pinyin: 董占军 with his co-author 张运春 in CNKI,
/// "Dong, Zhanjun" with "Zhang, Yunchun" in BibTeX.
/// </summary>
public sealed class ChineseNameDisambiguationTests : IDisposable
{
    private const string Pinyin = """
        @article{dong2022,
          author = {Dong, Zhanjun and Zhang, Yunchun},
          title = {Discipline construction of art theory under the new liberal arts},
          journal = {Art Education Research},
          year = {2022}
        }
        """;

    private readonly TempDataDirectory _dir = new();
    private readonly KnowledgeBase _kb;
    private readonly PeopleCuration _curation;

    public ChineseNameDisambiguationTests()
    {
        var bib = _dir.File("dong-pinyin.bib");
        File.WriteAllText(bib, Pinyin);
        _kb = _dir.Open();
        _kb.Import([SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt"), bib], new ImportOptions());
        _curation = new PeopleCuration(_kb);
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void The_Han_name_and_its_pinyin_are_proposed_as_one_person_with_the_co_author_in_both_scripts_as_evidence()
    {
        var candidates = _curation.Candidates(Caller.Owner, limit: 500);

        var dong = Assert.Single(candidates, c => c.Merge.Name == "Dong, Zhanjun" || c.Keep.Name == "Dong, Zhanjun");
        Assert.Equal(("董占军", 2, "Dong, Zhanjun", 1), (dong.Keep.Name, dong.Keep.Works, dong.Merge.Name, dong.Merge.Works));
        Assert.Contains(dong.Evidence, e => e.Kind == NameMatch.Script);
        Assert.Contains(dong.Evidence, e => e.Kind == "co-authors" && e.Detail.Contains("张运春", StringComparison.Ordinal));
        var zhang = Assert.Single(candidates, c => c.Merge.Name == "Zhang, Yunchun");
        Assert.Equal("张运春", zhang.Keep.Name);
    }

    [Fact]
    public void A_pinyin_name_is_not_proposed_with_Han_names_of_the_same_family_and_other_given_names()
    {
        var candidates = _curation.Candidates(Caller.Owner, limit: 500, minScore: 0);

        var withPinyin = candidates.Where(c => c.Merge.Name.Contains(',', StringComparison.Ordinal) || c.Keep.Name.Contains(',', StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["张运春 | Zhang, Yunchun", "董占军 | Dong, Zhanjun"],
            withPinyin.Select(c => c.Keep.Name + " | " + c.Merge.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Merging_the_pinyin_spelling_into_the_Han_name_gives_one_person_with_all_three_works()
    {
        var dong = _curation.Candidates(Caller.Owner, limit: 500).Single(c => c.Merge.Name == "Dong, Zhanjun");

        var merge = _curation.Merge(Caller.Owner, dong.Keep.Id, dong.Merge.Id, "curator");

        Assert.True(merge.InForce);
        Assert.Equal(3, _kb.Read(Caller.Owner).Person(dong.Keep.Id)!.WorkCount);
        Assert.Null(_kb.Read(Caller.Owner).Person(dong.Merge.Id));
    }
}
