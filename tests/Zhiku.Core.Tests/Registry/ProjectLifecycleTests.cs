using System.Text.Json.Nodes;
using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Registry;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Registry;

/// <summary>
/// A project's life cycle through the one editing path: stage changes and milestones become versions of the project,
/// wrong values are refused naming the field, and the overview counts projects by stage and finds overdue milestones
/// only where the caller may see the project.
/// </summary>
public sealed class ProjectLifecycleTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly KnowledgeBase _kb;
    private readonly ProjectLifecycle _lifecycle;
    private readonly long _org;
    private readonly long _otherOrg;

    public ProjectLifecycleTests()
    {
        _kb = _dir.Open();
        _lifecycle = new ProjectLifecycle(_kb);
        _org = _kb.Store.EnsureOrganisation("生命周期测试智库");
        _otherOrg = _kb.Store.EnsureOrganisation("Other Institute");
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    private RegistryActor Member(UserRole role, long? org = null) =>
        new(new Caller { OrganisationId = org ?? _org }, role.ToString().ToLowerInvariant(), role);

    private string Create(RegistryActor actor, string json) =>
        new RegistryEditor(_kb).Create(actor, RegistryKind.Project, new RegistryChange(JsonNode.Parse(json)!.AsObject())).Id;

    [Fact]
    public void Each_stage_change_is_a_version_of_the_project_that_names_the_stage_it_left_and_reached()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, """{"title": "长三角科技创新政策评估", "type": "委托", "commissioner": "上海市科学技术委员会", "funder": "上海市科委", "budget": "80 万元"}""");

        _lifecycle.MoveTo(analyst, id, "立项");
        _lifecycle.MoveTo(analyst, id, "opening");
        _lifecycle.MoveTo(analyst, id, "中期检查");
        var last = _lifecycle.MoveTo(analyst, id, "结题");

        Assert.Equal(5, last.Version);
        var history = new RegistryEditor(_kb).History(analyst, RegistryKind.Project, id)!;
        var stages = history.Versions.Skip(1).Select(v => Assert.Single(v.Changes)).Select(c => (c.Before?.GetValue<string>(), c.After?.GetValue<string>()));
        Assert.Equal([(null, "立项"), ("立项", "开题"), ("开题", "中期检查"), ("中期检查", "结题")], stages);
        var record = _kb.Read(analyst.Caller).Project(id)!.Record!;
        Assert.Equal(("结题", "委托", "80 万元", "上海市科学技术委员会"), (record.Stage, record.Type, record.Budget, record.Commissioner));
    }

    [Fact]
    public void A_word_that_is_no_stage_is_refused_naming_the_field_and_the_project_stays()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, """{"title": "科技评估方法研究", "stage": "立项"}""");

        var refused = Assert.Throws<RegistryEditException>(() => _lifecycle.MoveTo(analyst, id, "验收"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("stage", "bad-choice", "验收"), (problem.Field, problem.Code, problem.Argument));
        Assert.Equal("立项", _kb.Read(analyst.Caller).Project(id)!.Record!.Stage);
    }

    [Fact]
    public void Milestones_and_team_rows_are_checked_column_by_column_and_good_rows_of_an_edit_need_all_rows_good()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, """{"title": "国家实验室体系建设研究", "team": "张华 | 负责人\n李明 | 成员"}""");

        var refused = Assert.Throws<RegistryEditException>(() => _lifecycle.AddMilestone(analyst, id, new ProjectMilestone { Title = "开题报告", Due = "2025-13-01" }));
        var noTitle = Assert.Throws<RegistryEditException>(() => _lifecycle.AddMilestone(analyst, id, new ProjectMilestone { Title = " ", Due = "2025-06-30" }));

        Assert.Equal(("milestones.due", "bad-date", "2025-13-01"), (refused.Problems[0].Field, refused.Problems[0].Code, refused.Problems[0].Argument));
        Assert.Equal(("milestones.title", "required"), (noTitle.Problems[0].Field, noTitle.Problems[0].Code));
        var record = _kb.Read(analyst.Caller).Project(id)!.Record!;
        Assert.Null(record.Milestones);
        Assert.Equal([("张华", "负责人"), ("李明", "成员")], record.Team!.Select(m => (m.Name, m.Role)));
    }

    [Fact]
    public void A_milestone_added_twice_keeps_both_in_order_with_its_output_in_the_history()
    {
        var analyst = Member(UserRole.Analyst);
        var id = Create(analyst, """{"title": "数字经济治理研究"}""");

        _lifecycle.AddMilestone(analyst, id, new ProjectMilestone { Title = "开题报告", Due = "2025-03-31", Done = "2025-03-20" });
        var saved = _lifecycle.AddMilestone(analyst, id, new ProjectMilestone { Title = "政策建议", Due = "2025-09-30", Output = "W7" });

        var record = _kb.Read(analyst.Caller).Project(id)!.Record!;
        Assert.Equal([("开题报告", "2025-03-20", null), ("政策建议", null, "W7")], record.Milestones!.Select(m => (m.Title, m.Done, m.Output)));
        var version = new RegistryEditor(_kb).History(analyst, RegistryKind.Project, id)!.Versions.Single(v => v.Version == saved.Version);
        Assert.Equal("milestones", Assert.Single(version.Changes).Field);
    }

    [Fact]
    public void The_overview_counts_visible_projects_by_stage_and_lists_open_milestones_past_their_day()
    {
        var ours = Member(UserRole.Manager);
        var theirs = Member(UserRole.Manager, _otherOrg);
        var a = Create(ours, """{"title": "甲项目", "stage": "开题", "milestones": [{"title": "中期报告", "due": "2025-06-30"}, {"title": "开题报告", "due": "2025-01-31", "done": "2025-01-20"}]}""");
        Create(ours, """{"title": "乙项目", "stage": "开题", "milestones": [{"title": "结题报告", "due": "2026"}]}""");
        Create(ours, """{"title": "丙项目"}""");
        Create(theirs, """{"title": "他人项目", "stage": "结题", "milestones": [{"title": "终期报告", "due": "2024-12-31"}]}""");

        var overview = _kb.Read(ours.Caller).Projects("2025-07-01");

        Assert.Equal([("立项", 0), ("开题", 2), ("中期检查", 0), ("结题", 0), ("", 1)], overview.Stages.Select(s => (s.Stage, s.Projects)));
        var late = Assert.Single(overview.Overdue);
        Assert.Equal((a, "甲项目", "中期报告", "2025-06-30"), (late.ProjectId, late.Project, late.Milestone, late.Due));
        Assert.Equal(["终期报告", "中期报告", "结题报告"], _kb.Read(Caller.Owner).Projects("2027-01-01").Overdue.Select(o => o.Milestone));
    }
}
