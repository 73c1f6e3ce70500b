using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Testing;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Cases;

[CollectionDefinition(Name)]
public sealed class CasesCollection : ICollectionFixture<CasesPlatform>
{
    public const string Name = "cases";
}

/// <summary>
/// A platform of its own for cases and the classification standard (its edits are knowledge-base wide), with the
/// State Council's 2019 policy documents imported as public works that cases link to.
/// </summary>
public sealed class CasesPlatform : PlatformFactory
{
    /// <summary>The title of the State Council notice a case describes (国办发〔2018〕126号).</summary>
    public const string PolicyTitle = "国务院办公厅关于推广第二批支持创新相关改革举措的通知";

    /// <summary>The work id of <see cref="PolicyTitle"/>.</summary>
    public string PolicyId { get; private set; } = "";

    protected override void SeedMore(KnowledgeBase kb)
    {
        var report = kb.Import([SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl")], new ImportOptions { Owner = Demo, Access = AccessLevel.Public });
        Imported[AccessLevel.Public] += report.Imported;
        PolicyId = kb.Read(Caller.Owner).Search(new SearchRequest { Query = $"title:\"{PolicyTitle}\"" }).Hits.First().Id;
    }
}
