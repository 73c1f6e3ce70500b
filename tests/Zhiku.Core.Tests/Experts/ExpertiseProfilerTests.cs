using Zhiku.Access;
using Zhiku.Experts;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Shared.Experts;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Experts;

/// <summary>Expertise profiles of NBER authors, from the 1999 papers imported with their programmes (as subjects and projects).</summary>
public sealed class ExpertiseProfilerTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly string _files = Path.Combine(Path.GetTempPath(), "zhiku-profile-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Zhiku.Knowledge.KnowledgeBase _kb;

    public ExpertiseProfilerTests()
    {
        var subset = NberExpertCollection.Read(SharedData.Path("registries/nber"), (_, year) => year == 1999);
        _kb = _dir.Open();
        _kb.Import([subset.Write(_files, programmes: true)], new ImportOptions());
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
        Directory.Delete(_files, recursive: true);
    }

    [Fact]
    public void A_profile_weighs_the_programmes_of_a_persons_papers_and_traces_each_to_its_papers()
    {
        var read = _kb.Read(Caller.Owner);
        var expert = read.FindExperts("labor", 1).Experts[0];

        var profile = read.Expertise(expert.Id)!;

        Assert.Equal(read.Person(expert.Id)!.WorkCount, profile.WorkCount);
        var topic = profile.Topics[0];
        Assert.True(topic.Weight > 0);
        Assert.True(profile.Topics.Zip(profile.Topics.Skip(1)).All(p => p.First.Weight >= p.Second.Weight), "heaviest first");
        Assert.All(topic.Evidence, w => Assert.Contains(topic.Topic, read.Work(w.Id)!.Work.Subjects.Concat(read.Work(w.Id)!.Work.AuthorKeywords)));
        Assert.Contains(profile.Projects, p => p.Title == topic.Topic && p.How == "output");
    }

    [Fact]
    public void Working_papers_are_policy_outputs_and_give_policy_experience_with_evidence()
    {
        var read = _kb.Read(Caller.Owner);
        var profile = read.Expertise(read.FindExperts("health", 1).Experts[0].Id)!;

        Assert.True(profile.Experience.Policy);
        Assert.False(profile.Experience.Research);
        Assert.Equal(profile.PolicyOutputs.Select(o => o.Id), profile.Experience.PolicyEvidence.Take(profile.PolicyOutputs.Count).Select(o => o.Id));
    }

    [Fact]
    public void An_unknown_person_has_no_profile()
    {
        Assert.Null(_kb.Read(Caller.Owner).Expertise("P999999"));
        Assert.Null(_kb.Read(Caller.Owner).Expertise("W1"));
    }
}
