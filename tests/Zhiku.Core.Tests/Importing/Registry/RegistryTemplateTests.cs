using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Registry;

public sealed class RegistryTemplateTests : IDisposable
{
    private static readonly Dictionary<string, string> Expert = new()
    {
        ["name"] = "王明",
        ["name_en"] = "Wang Ming",
        ["affiliations"] = "中国科学院科技战略咨询研究院；清华大学",
        ["title"] = "研究员",
        ["expertise"] = "科技政策、创新评价, 智库研究",
        ["email"] = "Wang.Ming@example.cn",
        ["ids.orcid"] = "https://orcid.org/0000-0002-1825-0097",
        ["country"] = "CN",
        ["extra.notes"] = "首席专家",
    };

    private readonly TemplateFiles _files = new();

    [Theory]
    [InlineData("people-zh.csv", "zh")]
    [InlineData("people-en.csv", "en")]
    [InlineData("people-zh.xlsx", "zh")]
    [InlineData("people-en.xlsx", "en")]
    public void Round_trips_the_people_template(string file, string language)
    {
        var path = _files.Write(file, "template-people", language, [Expert, new() { ["name"] = "Li Hua", ["email"] = "li@example.org" }]);

        var items = ImportKit.Read(path, "registry-template");

        Assert.Empty(items.Errors());
        var people = items.OfType<ImportedPerson>().Select(p => p.Person).ToList();
        Assert.Equal(2, people.Count);
        var wang = people[0];
        Assert.Equal("王明", wang.Name);
        Assert.Equal("Wang Ming", wang.NameEn);
        Assert.Equal(["中国科学院科技战略咨询研究院", "清华大学"], wang.Affiliations);
        Assert.Equal(["科技政策", "创新评价", "智库研究"], wang.Expertise);
        Assert.Equal("研究员", wang.Title);
        Assert.Equal("0000-0002-1825-0097", wang.Ids["orcid"]);
        Assert.Equal("wang.ming@example.cn", wang.Ids["email"]);
        Assert.Equal("首席专家", wang.Extra["notes"]);
        Assert.Equal("Li Hua", people[1].Name);
        Assert.Empty(people[1].Affiliations);
    }

    [Theory]
    [InlineData("orgs-zh.csv", "zh")]
    [InlineData("orgs-en.xlsx", "en")]
    public void Round_trips_the_organisations_template(string file, string language)
    {
        var path = _files.Write(file, "template-organisations", language,
        [
            new() { ["name"] = "国务院发展研究中心", ["name_en"] = "Development Research Center of the State Council", ["type"] = "智库", ["country"] = "CN", ["city"] = "北京", ["url"] = "https://www.drc.gov.cn", ["parent"] = "国务院" },
            new() { ["name"] = "某某研究会", ["type"] = "学会" },
        ]);

        var orgs = ImportKit.Read(path, "registry-template").OfType<ImportedOrganisation>().Select(o => o.Organisation).ToList();

        Assert.Equal(2, orgs.Count);
        Assert.Equal(OrganisationType.ThinkTank, orgs[0].Type);
        Assert.Equal("Development Research Center of the State Council", orgs[0].NameEn);
        Assert.Equal("北京", orgs[0].City);
        Assert.Equal("https://www.drc.gov.cn", orgs[0].Url);
        Assert.Equal("国务院", orgs[0].Parent);
        Assert.Equal(OrganisationType.Other, orgs[1].Type);
        Assert.Equal("学会", orgs[1].Extra["type"]);
    }

    [Theory]
    [InlineData("projects-zh.xlsx", "zh")]
    [InlineData("projects-en.csv", "en")]
    public void Round_trips_the_projects_template(string file, string language)
    {
        var path = _files.Write(file, "template-projects", language,
        [
            new() { ["title"] = "新型研发机构评估研究", ["code"] = "ZK-2024-017", ["commissioner"] = "科学技术部", ["lead"] = "王明", ["members"] = "李华、张伟, 赵敏", ["start"] = "2024/3/1", ["end"] = "2025年2月28日", ["status"] = "在研", ["outputs"] = "doi:10.1000/xyz；docnum:国发〔2019〕5号" },
        ]);

        var project = Assert.Single(ImportKit.Read(path, "registry-template").OfType<ImportedProject>()).Project;

        Assert.Equal("新型研发机构评估研究", project.Title);
        Assert.Equal("ZK-2024-017", project.Code);
        Assert.Equal("科学技术部", project.Commissioner);
        Assert.Equal(["李华", "张伟", "赵敏"], project.Members);
        Assert.Equal("2024-03-01", project.Start);
        Assert.Equal("2025-02-28", project.End);
        Assert.Equal("在研", project.Status);
        Assert.Equal(["doi:10.1000/xyz", "docnum:国发〔2019〕5号"], project.Outputs);
    }

    [Theory]
    [InlineData("outputs-zh.csv", "zh")]
    [InlineData("outputs-en.xlsx", "en")]
    public void Round_trips_the_outputs_template_and_reports_a_row_without_title(string file, string language)
    {
        var path = _files.Write(file, "template-outputs", language,
        [
            new() { ["title"] = "关于加快新型研发机构发展的建议", ["authors"] = "王明；李华", ["kind"] = "政策建议", ["date"] = "2024-06-30", ["keywords"] = "新型研发机构、科技体制改革", ["doi"] = "https://doi.org/10.1000/ABC", ["extra.project"] = "ZK-2024-017" },
            new() { ["authors"] = "无名" },
            new() { ["title"] = "Annual Innovation Report", ["kind"] = "Report", ["year"] = "2023" },
        ]);

        var items = ImportKit.Read(path, "registry-template");

        var works = items.Works();
        Assert.Equal(2, works.Count);
        Assert.Equal(WorkKind.PolicyBrief, works[0].Kind);
        Assert.Equal(["王明", "李华"], works[0].Authors.Select(a => a.Name));
        Assert.Equal("2024-06-30", works[0].Date);
        Assert.Equal(2024, works[0].Year);
        Assert.Equal("10.1000/abc", works[0].Identifiers[IdSchemes.Doi]);
        Assert.Equal(["新型研发机构", "科技体制改革"], works[0].AuthorKeywords);
        Assert.Equal("zh", works[0].Language);
        Assert.Equal("ZK-2024-017", works[0].Extra["project"]);
        Assert.Equal(WorkKind.ThinkTankReport, works[1].Kind);
        Assert.Equal(2023, works[1].Year);
        var error = Assert.Single(items.Errors());
        Assert.Equal(2, error.Position.Record);
        Assert.Contains("missing title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_claim_other_tables()
    {
        var crs = FileProbe.Open(SharedData.Path("documents/crs/crs_search_results.csv"));

        Assert.Equal(0, ImporterCatalog.Default.Find("registry-template")!.Detect(crs));
        Assert.Equal(0, ImporterCatalog.Default.Find("registry-nber")!.Detect(crs));
    }

    public void Dispose() => _files.Dispose();
}
