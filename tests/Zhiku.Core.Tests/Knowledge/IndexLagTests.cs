using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>
/// The index follows every store change written through the knowledge base, not only imports: a fresh platform showed
/// <c>indexLag: 1</c> in <c>/health/ready</c> for ever, because creating the demo organisation moved the store's last
/// change and nothing moved the index's checkpoint after it.
/// </summary>
public sealed class IndexLagTests
{
    [Fact]
    public void Creating_an_organisation_through_the_knowledge_base_leaves_the_index_caught_up()
    {
        using var temp = new TempDataDirectory();
        using var kb = temp.Open();

        kb.EnsureOrganisation("中国科学技术发展战略研究院", OrganisationType.ThinkTank);

        var state = kb.IndexState();
        Assert.True(state.LastChange > 1, $"the organisation is a store change: last change {state.LastChange}");
        Assert.Equal(state.LastChange, state.Checkpoint);
    }

    [Fact]
    public void Recording_a_partner_through_the_knowledge_base_leaves_the_index_caught_up()
    {
        using var temp = new TempDataDirectory();
        using var kb = temp.Open();
        var owner = kb.EnsureOrganisation("Owner institute");
        var partner = kb.EnsureOrganisation("Partner institute");
        var before = kb.IndexState().LastChange;

        kb.AddPartner(owner, partner);

        var state = kb.IndexState();
        Assert.Equal(state.LastChange, state.Checkpoint);
        Assert.True(state.Checkpoint >= before);
    }
}
