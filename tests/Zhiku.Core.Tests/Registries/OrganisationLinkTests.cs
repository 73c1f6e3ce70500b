using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Registries;

/// <summary>
/// Registry organisations are linked to the works that name them (affiliations, publishers, sources), whichever was
/// imported first, and each link says how it was made. The NBER samples: 30,083 papers published by the National Bureau
/// of Economic Research, which the think-tank registry lists.
/// </summary>
public sealed class OrganisationLinkTests : IClassFixture<OrganisationLinkTests.NberCorpus>
{
    private const string Nber = "National Bureau of Economic Research";
    private readonly NberCorpus _corpus;

    public OrganisationLinkTests(NberCorpus corpus) => _corpus = corpus;

    [Fact]
    public void The_nber_organisation_lists_every_nber_paper_as_its_work()
    {
        var read = _corpus.Kb.Read(Caller.Owner);
        var id = _corpus.Kb.FindOrganisation(Nber) ?? throw new InvalidOperationException("NBER not in the registry");

        var org = read.Organisation("O" + id) ?? throw new InvalidOperationException("NBER not readable");

        Assert.Equal(30_083, org.LinkedWorkCount);
        Assert.Equal(30_083, org.Links.Single(l => l.Method == "publisher").Works);
        Assert.True(org.MemberWorkCount >= 30_083, $"works of the organisation and its people: {org.MemberWorkCount}");
    }

    [Fact]
    public void An_org_search_for_nber_finds_every_nber_paper()
    {
        var result = _corpus.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = $"org:\"{Nber}\"", IncludeSnippets = false });

        Assert.Equal(30_083, result.Total);
    }

    [Fact]
    public void The_org_facet_counts_nber_papers_under_the_registry_name()
    {
        var result = _corpus.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "inflation", IncludeSnippets = false, FacetSize = 50 });

        Assert.True(result.Facets["org"].TryGetValue(Nber, out var count), string.Join(", ", result.Facets["org"].Keys));
        Assert.True(count > 100, $"{count} NBER papers on inflation");
    }

    [Fact]
    public void A_registry_imported_after_the_works_links_them_too()
    {
        // The fixture imported papers.csv before the registry; importing the registry again changes nothing.
        var again = _corpus.Kb.Import([SharedData.Path("registries/think-tanks/hack-education-thinktanks.yaml")], new ImportOptions());

        Assert.Equal(0, again.Imported + again.Merged);
        var id = _corpus.Kb.FindOrganisation(Nber)!.Value;
        Assert.Equal(30_083, _corpus.Kb.Read(Caller.Owner).Organisation("O" + id)!.LinkedWorkCount);
    }

    /// <summary>The NBER papers, then the think-tank registry, in one data directory.</summary>
    public sealed class NberCorpus : IDisposable
    {
        private readonly TempDataDirectory _dir = new();

        public NberCorpus()
        {
            Kb = _dir.Open();
            Kb.Import([SharedData.Path("registries/nber/papers.csv")], new ImportOptions());
            Kb.Import([SharedData.Path("registries/think-tanks/hack-education-thinktanks.yaml")], new ImportOptions());
        }

        public KnowledgeBase Kb { get; }

        public void Dispose()
        {
            Kb.Dispose();
            _dir.Dispose();
        }
    }
}
