using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// The seeded platform with two policy documents of the newest year: a public one and a restricted one, each with a
/// marker word in its title, so the portal's lists must choose between them by access alone; and public articles
/// whose keywords burst early (区块链) and late (量子计算).
/// </summary>
public sealed class PortalPlatform : PlatformFactory
{
    public const string PublicTitle = "zkportalpublic 关于加快科技成果转化的若干意见";
    public const string RestrictedTitle = "zkportalrestricted 内部科技政策研究报告";

    protected override void SeedMore(KnowledgeBase kb)
    {
        // Public articles whose keywords burst: 区块链 in 2017–2019, 量子计算 from 2026, 科技政策 steady throughout.
        var articles = new System.Text.StringBuilder();
        for (var year = 2014; year <= 2030; year++)
        {
            for (var i = 0; i < 6; i++)
            {
                var burst = (year is >= 2017 and <= 2019 && i < 4) ? "区块链" : (year >= 2026 && i < 4) ? "量子计算" : null;
                articles.Append($"TY  - JOUR\nTI  - 前沿主题测试文章 {year}-{i}\nAU  - 作者{i}\nKW  - 科技政策\n")
                    .Append(burst is null ? string.Empty : $"KW  - {burst}\n")
                    .Append($"PY  - {year}\nER  - \n\n");
            }
        }

        var frontier = Path.Combine(FilesRoot, "portal-frontier.ris");
        File.WriteAllText(frontier, articles.ToString());
        Imported[AccessLevel.Public] += kb.Import([frontier], new ImportOptions { Owner = Demo, Access = AccessLevel.Public }).Imported;

        foreach (var (level, title) in new[] { (AccessLevel.Public, PublicTitle), (AccessLevel.Restricted, RestrictedTitle) })
        {
            var path = Path.Combine(FilesRoot, $"portal-{AccessLevels.Name(level)}.ris");
            File.WriteAllText(path, $"TY  - GOVDOC\nTI  - {title}\nAU  - 国务院\nKW  - 科技成果转化\nPY  - 2031\nER  - \n");
            Imported[level] += kb.Import([path], new ImportOptions { Owner = Demo, Access = level }).Imported;
        }
    }
}
