using Zhiku.Access;
using Zhiku.Experts;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Experts;

/// <summary>Expert finding and profiles on a real CNKI export (307 Chinese articles, converted by CiteSpace).</summary>
public sealed class ChineseExpertsTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly Zhiku.Knowledge.KnowledgeBase _kb;

    public ChineseExpertsTests()
    {
        _kb = _dir.Open();
        _kb.Import([SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt")], new ImportOptions());
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void A_Chinese_query_finds_authors_of_works_on_it_segmented_as_search_does()
    {
        var read = _kb.Read(Caller.Owner);

        var experts = read.FindExperts("艺术学理论 学科", 5).Experts;

        Assert.NotEmpty(experts);
        Assert.All(experts[0].Evidence, w =>
        {
            var work = read.Work(w.Id)!.Work;
            Assert.Contains(experts[0].Name, work.Authors.Select(a => a.Name));
            Assert.True(work.MainTitle.Contains("艺术", StringComparison.Ordinal) || work.AuthorKeywords.Concat(work.IndexKeywords).Any(k => k.Contains("艺术", StringComparison.Ordinal)), work.MainTitle);
        });
    }

    [Fact]
    public void A_profile_lists_the_keywords_of_the_persons_articles_as_topics_with_their_works_and_research_experience()
    {
        var read = _kb.Read(Caller.Owner);
        var expert = read.FindExperts("艺术学理论", 1).Experts[0];

        var profile = read.Expertise(expert.Id)!;

        var topic = Assert.Single(profile.Topics, t => t.Topic == "艺术学理论");
        Assert.All(topic.Evidence, w => Assert.Contains("艺术学理论", read.Work(w.Id)!.Work.AuthorKeywords.Concat(read.Work(w.Id)!.Work.IndexKeywords)));
        Assert.Equal(topic.Works, Math.Min(topic.Works, read.Person(expert.Id)!.WorkCount));
        Assert.True(profile.Experience.Research);
        Assert.NotEmpty(profile.Experience.ResearchEvidence);
    }
}
