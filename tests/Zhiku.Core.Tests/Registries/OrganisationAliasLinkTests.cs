using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Registries;

/// <summary>An organisation registry imported before the works: its aliases find the works whose affiliations use them.</summary>
public sealed class OrganisationAliasLinkTests
{
    [Fact]
    public void An_alias_in_an_affiliation_links_a_later_work_and_says_how()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var registry = dir.File("organisations.csv");
        File.WriteAllText(registry, "机构名称,别名,国家\nNational Bureau of Economic Research,NBER;Natl Bur Econ Res,US\n");
        var works = dir.File("works.ris");
        File.WriteAllText(works, """
            TY  - RPRT
            TI  - Wage rigidity in a monetary union
            AU  - Keynes, Maya
            AD  - Natl Bur Econ Res, Cambridge, MA 02138 USA
            PY  - 2019
            ER  - 
            TY  - RPRT
            TI  - A paper from elsewhere
            AU  - Other, Olga
            AD  - Univ Oxford, Oxford, England
            PY  - 2019
            ER  - 

            """);

        kb.Import([registry], new ImportOptions());
        kb.Import([works], new ImportOptions());

        var read = kb.Read(Caller.Owner);
        var org = read.Organisation("O" + kb.FindOrganisation("National Bureau of Economic Research"))!;
        Assert.Equal(1, org.LinkedWorkCount);
        Assert.Equal("Wage rigidity in a monetary union", Assert.Single(org.LinkedWorks).Title);
        Assert.Equal(new OrganisationLink("affiliation", 1), Assert.Single(org.Links));
        var hit = Assert.Single(read.Search(new SearchRequest { Query = "org:\"National Bureau of Economic Research\"" }).Hits);
        Assert.Equal("Wage rigidity in a monetary union", hit.Title);
    }

    [Fact]
    public void A_linked_work_the_caller_may_not_see_is_not_counted()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var registry = dir.File("organisations.csv");
        File.WriteAllText(registry, "机构名称,别名,国家\nZkalias Institute,ZKI,CN\n");
        var works = dir.File("restricted.ris");
        File.WriteAllText(works, "TY  - RPRT\nTI  - Restricted study\nAU  - Hidden, Harriet\nAD  - ZKI, Beijing\nPY  - 2021\nER  - \n");

        kb.Import([registry], new ImportOptions());
        kb.Import([works], new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Restricted });

        var id = "O" + kb.FindOrganisation("Zkalias Institute");
        Assert.Equal(1, kb.Read(Caller.Owner).Organisation(id)!.LinkedWorkCount);
        var anonymous = kb.Read(Caller.Anonymous).Organisation(id)!;
        Assert.Equal(0, anonymous.LinkedWorkCount);
        Assert.Empty(anonymous.Links);
        Assert.Equal(0, kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = "org:\"Zkalias Institute\"" }).Total);
    }
}
