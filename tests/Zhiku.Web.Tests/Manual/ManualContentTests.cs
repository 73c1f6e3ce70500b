using System.Text.RegularExpressions;

namespace Zhiku.Web.Tests.Manual;

/// <summary>
/// The manuals in docs/manual/ and the API guide in docs/: each has the sections its readers need, and every picture
/// a manual shows is one the screenshot test takes (in the manual's language), so no picture is hand-made or stale.
/// </summary>
public sealed partial class ManualContentTests
{
    public static TheoryData<string, string[]> Manuals => new()
    {
        { "用户手册.md", ["## 检索语法", "## 分面与筛选", "## 结果视图", "## 文献、人员与机构页面", "## 分析工作台", "## 评价", "## 导出", "## API 令牌"] },
        { "user-manual.md", ["## Search syntax", "## Facets and filters", "## Result views", "## Work, person and organisation pages", "## Analysis workspace", "## Evaluation", "## Exports", "## API tokens"] },
        { "管理员手册.md", ["## 安装", "## 配置", "## systemd 服务", "## HTTPS", "## 用户、角色与机构", "## 访问级别", "## 导入与登记表", "## 备份与恢复", "## 完整性检查", "## 升级", "## PostgreSQL 存储与多节点", "## 监控", "## 日志与请求编号"] },
        { "admin-manual.md", ["## Installation", "## Configuration", "## The systemd service", "## HTTPS", "## Users, roles and organisations", "## Access levels", "## Imports and registries", "## Backup and restore", "## Integrity check", "## Upgrade", "## PostgreSQL store and many nodes", "## Monitoring", "## Logs and request ids"] },
        { "../api-guide.md", ["## Tokens", "## Paging", "## Problem details and languages", "## Search", "## Entity search", "## Exports", "## Imports", "## Analytics", "## Evaluation"] },
    };

    [Theory]
    [MemberData(nameof(Manuals))]
    public void A_manual_has_every_section_its_readers_need(string file, string[] sections)
    {
        var lines = File.ReadAllLines(Path.Combine(ManualShot.ManualFolder, file));

        var missing = sections.Where(s => !lines.Any(l => l.Trim() == s || l.StartsWith(s + " ", StringComparison.Ordinal))).ToList();

        Assert.True(missing.Count == 0, $"{file} lacks the sections: {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("用户手册.md", "zh")]
    [InlineData("管理员手册.md", "zh")]
    [InlineData("user-manual.md", "en")]
    [InlineData("admin-manual.md", "en")]
    public void Every_picture_a_manual_shows_exists_is_taken_by_the_screenshot_test_and_is_in_the_manual_language(string file, string lang)
    {
        var text = File.ReadAllText(Path.Combine(ManualShot.ManualFolder, file));
        var produced = ManualShot.Files.ToHashSet(StringComparer.Ordinal);

        var pictures = ImageLink().Matches(text).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(pictures);
        var problems = new List<string>();
        foreach (var picture in pictures)
        {
            var name = picture["images/".Length..];
            if (!produced.Contains(name))
            {
                problems.Add($"{picture}: not taken by ManualScreenshotTests (ManualShot.All)");
            }
            else if (!name.EndsWith($"-{lang}.png", StringComparison.Ordinal))
            {
                problems.Add($"{picture}: a {lang} manual shows the {lang} pages");
            }

            if (!File.Exists(Path.Combine(ManualShot.ManualFolder, picture)))
            {
                problems.Add($"{picture}: missing in docs/manual (run ManualScreenshotTests and commit the images)");
            }
        }

        Assert.True(problems.Count == 0, $"{file}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_picture_in_the_images_folder_is_one_the_screenshot_test_takes()
    {
        var produced = ManualShot.Files.ToHashSet(StringComparer.Ordinal);

        var stale = Directory.GetFiles(ManualShot.Images).Select(Path.GetFileName).Where(f => !produced.Contains(f!)).ToList();

        Assert.True(stale.Count == 0, "docs/manual/images holds pictures no test takes: " + string.Join(", ", stale));
    }

    [GeneratedRegex(@"\]\((images/[^)\s]+)\)")]
    private static partial Regex ImageLink();
}
