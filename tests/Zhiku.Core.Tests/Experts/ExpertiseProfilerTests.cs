using Zhiku.Access;
using Zhiku.Experts;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Shared.Experts;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Experts;

/// <summary>Expertise profiles of NBER authors, from the 1999 papers imported with their programmes (as research-programme projects).</summary>
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
    public void A_profile_lists_the_programmes_of_a_persons_papers_as_projects_traced_to_those_papers()
    {
        var read = _kb.Read(Caller.Owner);
        var expert = read.FindExperts("labor", 1).Experts[0];

        var profile = read.Expertise(expert.Id)!;

        Assert.Equal(read.Person(expert.Id)!.WorkCount, profile.WorkCount);
        var project = profile.Projects[0];
        Assert.Equal("output", project.How);
        Assert.StartsWith("R", project.Id, StringComparison.Ordinal);
        Assert.All(project.Evidence, w => Assert.Contains(project.Title, read.Work(w.Id)!.Work.Subjects));
        Assert.True(profile.Projects.Zip(profile.Projects.Skip(1)).All(p => p.First.Evidence.Count >= p.Second.Evidence.Count || p.First.Evidence.Count == 5), "most supported first");
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
