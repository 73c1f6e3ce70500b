using Zhiku.Access;
using Zhiku.Experts;
using Zhiku.Tests.Shared.Experts;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Experts;

/// <summary>Expert finding on real NBER papers whose programme links the ranking never sees.</summary>
public sealed class ExpertFinderTests(NberExpertsCorpus corpus) : IClassFixture<NberExpertsCorpus>
{
    private ExpertList Find(string query, int limit = 10) => corpus.Kb.Read(Caller.Owner).FindExperts(query, limit);

    [Fact]
    public void The_top_ten_experts_on_Labor_Studies_hold_at_least_three_authors_with_three_labour_papers()
    {
        var relevant = corpus.Collection.Relevant["LS"];
        Assert.True(relevant.Count >= 10, $"{relevant.Count} relevant authors in the subset");

        var top = Find("Labor Studies").Experts.Select(e => e.Ids["nber"]).ToList();

        Assert.Equal(10, top.Count);
        Assert.True(top.Count(relevant.Contains) >= 3, $"{top.Count(relevant.Contains)} of the top 10 are Labor Studies authors");
    }

    [Fact]
    public void The_ranking_beats_chance_by_far_on_every_second_programme_at_least()
    {
        var authors = corpus.Collection.Relevant.Values.SelectMany(r => r).Distinct().Count();
        var better = corpus.Collection.Programmes.Count(p =>
        {
            var relevant = corpus.Collection.Relevant[p.Key];
            var top = Find(p.Value, 20).Experts.Select(e => e.Ids["nber"]).ToList();
            // Chance: a random 20 of the authors relevant somewhere hold relevant.Count / authors of them.
            return relevant.Count > 0 && top.Count(relevant.Contains) > 3 * 20.0 * relevant.Count / authors;
        });

        Assert.True(better >= corpus.Collection.Programmes.Count / 2, $"{better} of {corpus.Collection.Programmes.Count} programmes");
    }

    [Fact]
    public void Every_evidence_work_of_an_expert_names_the_expert_among_its_authors()
    {
        var read = corpus.Kb.Read(Caller.Owner);
        var experts = read.FindExperts("health insurance", 5).Experts;

        Assert.Equal(5, experts.Count);
        Assert.All(experts, e =>
        {
            Assert.NotEmpty(e.Evidence);
            Assert.All(e.Evidence, w => Assert.Contains(e.Name, read.Work(w.Id)!.Work.Authors.Select(a => a.Name)));
            Assert.True(e.Works >= e.Evidence.Count);
        });
        Assert.True(experts.Zip(experts.Skip(1)).All(p => p.First.Score >= p.Second.Score), "best first");
    }

    [Fact]
    public void An_expert_search_without_words_is_refused_with_a_reason()
    {
        var e = Assert.Throws<ArgumentException>(() => Find("  "));

        Assert.Contains("needs a query", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caller_who_may_not_see_the_works_finds_no_experts_in_them()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var files = Path.Combine(Path.GetTempPath(), "zhiku-experts-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var subset = NberExpertCollection.Read(SharedData.Path("registries/nber"), (_, year) => year == 1999);
            kb.Import([subset.WriteWithoutProgrammes(files)], new Zhiku.Importing.Pipeline.ImportOptions { Owner = "甲研究院", Access = Zhiku.Model.AccessLevel.Restricted });

            Assert.NotEmpty(kb.Read(Caller.Owner).FindExperts("labor", 5).Experts);
            Assert.Empty(kb.Read(Caller.Anonymous).FindExperts("labor", 5).Experts);
            var someone = kb.Read(Caller.Owner).FindExperts("labor", 1).Experts[0].Id;
            Assert.Null(kb.Read(Caller.Anonymous).Expertise(someone));
        }
        finally
        {
            Directory.Delete(files, recursive: true);
        }
    }
}
