using System.Globalization;
using System.Text;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Lists;

/// <summary>
/// The seeded platform with the real government work reports (1954–2025, years without a report between) for the
/// year histogram, and 120 public articles of one author, owned by one organisation and listed as one project's
/// outputs (by DOI) for the long lists of the person, organisation and project pages.
/// </summary>
public sealed class ListsPlatform : PlatformFactory
{
    public const string Author = "Listwright, Lena";
    public const string Institute = "Zklonglist Institute";
    public const string Project = "长列表测试项目";
    public const int Articles = 120;

    protected override void SeedMore(KnowledgeBase kb)
    {
        var reports = kb.Import([SharedData.Path("documents/cn-policy/government_work_reports.jsonl")], new ImportOptions { Owner = Demo, Access = AccessLevel.Public });
        Imported[AccessLevel.Public] += reports.Imported;

        var articles = new StringBuilder();
        var dois = new List<string>();
        for (var i = 1; i <= Articles; i++)
        {
            var doi = "10.9999/zklonglist." + i.ToString(CultureInfo.InvariantCulture);
            dois.Add("doi:" + doi);
            articles.Append(CultureInfo.InvariantCulture, $"TY  - JOUR\nTI  - Zklonglist article number {i}\nAU  - {Author}\nPY  - {2000 + (i % 20)}\nDO  - {doi}\nER  - \n\n");
        }

        var ris = Path.Combine(FilesRoot, "zklonglist.ris");
        File.WriteAllText(ris, articles.ToString());
        var imported = kb.Import([ris], new ImportOptions { Owner = Institute, Access = AccessLevel.Public });
        Imported[AccessLevel.Public] += imported.Imported;

        var projects = Path.Combine(FilesRoot, "zklonglist-projects.csv");
        File.WriteAllText(projects, "项目名称,项目编号,成果\n" + Project + ",ZK-LIST-1," + string.Join(';', dois) + "\n");
        kb.Import([projects], new ImportOptions { Owner = Institute, Access = AccessLevel.Public });
    }
}
