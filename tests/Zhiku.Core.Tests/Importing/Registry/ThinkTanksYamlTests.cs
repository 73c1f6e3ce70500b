using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Registry;

public sealed class ThinkTanksYamlTests
{
    private static IReadOnlyList<OrganisationRecord> Read() =>
        [.. ImportKit.Read(SharedData.Path("registries/think-tanks/hack-education-thinktanks.yaml"), "registry-thinktanks-yaml")
            .OfType<ImportedOrganisation>().Select(o => o.Organisation)];

    [Fact]
    public void Reads_the_24_think_tanks()
    {
        var orgs = Read();

        Assert.Equal(24, orgs.Count);
        Assert.All(orgs, o => Assert.Equal(OrganisationType.ThinkTank, o.Type));
        Assert.Equal(24, orgs.Select(o => o.Name).Distinct().Count());
    }

    [Fact]
    public void Reads_the_first_entry_and_a_folded_one()
    {
        var orgs = Read();

        var acton = orgs[0];
        Assert.Equal("Acton Institute", acton.Name);
        Assert.Equal("https://acton.org/", acton.Url);
        Assert.Equal("Grand Rapids", acton.City);
        Assert.Equal("MI", acton.Extra["State"]);
        Assert.Equal("US", acton.Country);
        Assert.Equal("libertarian", acton.Extra["Orientation"]);
        Assert.False(acton.Extra.ContainsKey("Notes")); // ''

        var aei = orgs.Single(o => o.Name == "American Enterprise Institute");
        Assert.Equal("Washington", aei.City);
        Assert.StartsWith("Lynne Cheney, Charles Murray, Newt Gingrich", aei.Extra["Figures"], StringComparison.Ordinal);
        Assert.EndsWith("David Frum", aei.Extra["Figures"], StringComparison.Ordinal);
        Assert.Equal("government, economic policy, social welfare, private enterprise", aei.Description);
    }
}
