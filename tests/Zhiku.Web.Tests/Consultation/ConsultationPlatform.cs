using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Consultation;

/// <summary>
/// The seeded platform with a consultation's cast: five registry experts with accounts of their own (an outside
/// panel organisation), a project with a partner organisation and a team, and two people with a conflict of interest
/// with it (one works at its partner organisation, one is on its team).
/// </summary>
public sealed class ConsultationPlatform : PlatformFactory
{
    public const string PanelOrganisation = "Zkpanel Experts Network";

    public const string Project = "Zkconsult foresight study";

    /// <summary>The five panellists' user names, in alias order (E1..E5).</summary>
    public static readonly string[] Experts = ["consult-e1", "consult-e2", "consult-e3", "consult-e4", "consult-e5"];

    public Dictionary<string, string> PersonIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> ExpertTokens { get; } = new(StringComparer.Ordinal);

    public string ProjectId { get; private set; } = string.Empty;

    private bool _cast;

    /// <summary>Seeds the platform and the cast once.</summary>
    public ConsultationPlatform Cast()
    {
        Seeded();
        if (_cast)
        {
            return this;
        }

        var kb = Services.GetRequiredService<KnowledgeBase>();
        var accounts = Services.GetRequiredService<AccountService>();
        var folder = Path.Combine(FilesRoot, "consultation");
        Directory.CreateDirectory(folder);
        var people = Path.Combine(folder, "people.csv");
        File.WriteAllText(people, "姓名,工作单位,研究领域\n"
            + string.Concat(Experts.Select((e, i) => $"Zkpanellist{i + 1} Expert,{PanelOrganisation},科技政策\n"))
            + "Zkconflicted Expert,Zkpartner Lab,科技政策\nZkteam Expert,Zkelsewhere University,科技政策\n");
        var projects = Path.Combine(folder, "projects.csv");
        File.WriteAllText(projects, $"项目名称,项目编号,负责人,成员,参与单位\n{Project},ZK-C1,Zklead Person,Zkteam Expert,Zkpartner Lab\n");
        kb.Import([people, projects], new ImportOptions { Owner = Demo, Access = AccessLevel.Public });

        var panel = kb.EnsureOrganisation(PanelOrganisation);
        foreach (var expert in Experts.Append("consult-outsider"))
        {
            var user = accounts.Store.FindByName(expert) ?? accounts.CreateUser(panel, expert, expert, UserRole.Expert, TestUsers.Password);
            ExpertTokens[expert] = accounts.Store.CreateToken(user.Id, "tests");
        }

        for (var i = 0; i < Experts.Length; i++)
        {
            PersonIds[Experts[i]] = "P" + Id("SELECT id FROM people WHERE name = @n", $"Zkpanellist{i + 1} Expert");
        }

        PersonIds["conflicted"] = "P" + Id("SELECT id FROM people WHERE name = @n", "Zkconflicted Expert");
        PersonIds["team"] = "P" + Id("SELECT id FROM people WHERE name = @n", "Zkteam Expert");
        ProjectId = "R" + Id("SELECT id FROM projects WHERE title = @n", Project);
        _cast = true;
        return this;
    }

    /// <summary>
    /// More registry experts with accounts of their own (users consult-x1.., people "Zkextra1 Expert"..), for panels
    /// larger than the cast's five; made once each, so tests may ask again.
    /// </summary>
    public IReadOnlyList<(string User, string Person)> Extra(int count)
    {
        Cast();
        var kb = Services.GetRequiredService<KnowledgeBase>();
        var accounts = Services.GetRequiredService<AccountService>();
        var people = Path.Combine(FilesRoot, "consultation", $"extra-{count}.csv");
        File.WriteAllText(people, "姓名,工作单位,研究领域\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"Zkextra{i} Expert,{PanelOrganisation},科技政策\n")));
        kb.Import([people], new ImportOptions { Owner = Demo, Access = AccessLevel.Public });
        var panel = kb.EnsureOrganisation(PanelOrganisation);
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var user = $"consult-x{i}";
            _ = accounts.Store.FindByName(user) ?? accounts.CreateUser(panel, user, user, UserRole.Expert, TestUsers.Password);
            return (user, "P" + Id("SELECT MIN(id) FROM people WHERE name = @n", $"Zkextra{i} Expert"));
        })];
    }

    private long Id(string sql, string name) => Convert.ToInt64(
        Zhiku.Testing.Postgres.TestStore.Scalar(DataRoot, sql, ("@n", name)) ?? throw new InvalidOperationException($"not seeded: {name}"),
        System.Globalization.CultureInfo.InvariantCulture);
}
