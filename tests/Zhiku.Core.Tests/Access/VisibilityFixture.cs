using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Access;

/// <summary>
/// A knowledge base with a record of every entity kind at every access level for three organisations: 甲 (A), 乙 (B)
/// and 丙 (P). A work by its own author, a registered person, an organisation and a project each come from one import
/// batch per owner and level. B names A as its partner and A names P; 丁 (C) holds nothing. The callers are real
/// users of those organisations, read through the account store's partner lookup.
/// </summary>
public sealed class VisibilityFixture : IDisposable
{
    public static readonly string[] Owners = ["A", "B", "P"];

    public VisibilityFixture()
    {
        Kb = Directory.Open();
        foreach (var owner in Owners)
        {
            foreach (var level in Enum.GetValues<AccessLevel>())
            {
                var name = owner + AccessLevels.Name(level);
                var report = Kb.Import(
                    [
                        Write($"works-{name}.ris", $"TY  - RPRT\nTI  - zkagree{name} report\nAU  - Zkauthor{name}, Una\nAD  - Zkaffil{name} Institute\nPY  - 2021\nER  - \n"),
                        Write($"people-{name}.csv", $"姓名,工作单位,研究领域\nZkperson{name} Li,Zkhome Institute,科技政策\n"),
                        Write($"organisations-{name}.csv", $"机构名称,城市,国家\nZkorg{name} Institute,Beijing,CN\n"),
                        Write($"projects-{name}.csv", $"项目名称,项目编号,简介\nZkproject{name} study,ZK-{name},A study\n"),
                    ],
                    new ImportOptions { Owner = OrganisationName(owner), Access = level });
                Assert.All(report.Files, f => Assert.True(f.Errors.Count == 0 && f.Imported + f.Entities > 0, $"{f.Path}: {string.Join("; ", f.Errors)}"));
            }
        }

        Organisations = Owners.Append("C").ToDictionary(o => o, o => Kb.Store.EnsureOrganisation(OrganisationName(o)), StringComparer.Ordinal);
        Kb.Store.AddPartner(Organisations["B"], Organisations["A"]);
        Kb.Store.AddPartner(Organisations["A"], Organisations["P"]);
        Accounts = AccountStore.Open(Kb.Store);
    }

    public TempDataDirectory Directory { get; } = new();

    public KnowledgeBase Kb { get; }

    public AccountStore Accounts { get; }

    /// <summary>Organisation ids by their letter.</summary>
    public IReadOnlyDictionary<string, long> Organisations { get; }

    public static string OrganisationName(string letter) => letter switch
    {
        "A" => "甲研究院",
        "B" => "乙智库",
        "P" => "丙大学",
        _ => "丁中心",
    };

    /// <summary>A caller by description: "owner", "anonymous", or "ROLE of X" as a real user of organisation X.</summary>
    public Caller Caller(string who)
    {
        if (who == "owner")
        {
            return Zhiku.Access.Caller.Owner;
        }

        if (who == "anonymous")
        {
            return Zhiku.Access.Caller.Anonymous;
        }

        var parts = who.Split(" of ");
        var user = Accounts.FindByName(who.Replace(' ', '-')) ?? Accounts.CreateUser(
            Organisations[parts[1]], who.Replace(' ', '-'), who, UserRoles.Parse(parts[0]), "not-a-password-hash");
        return Accounts.CallerFor(user);
    }

    private string Write(string name, string text)
    {
        var path = Directory.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        Accounts.Dispose();
        Kb.Dispose();
        Directory.Dispose();
    }
}
