using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Design;

/// <summary>
/// The seeded platform with two policy documents of the newest year: a public one and a restricted one, each with a
/// marker word in its title, so the portal's lists must choose between them by access alone.
/// </summary>
public sealed class PortalPlatform : PlatformFactory
{
    public const string PublicTitle = "zkportalpublic 关于加快科技成果转化的若干意见";
    public const string RestrictedTitle = "zkportalrestricted 内部科技政策研究报告";

    protected override void SeedMore(KnowledgeBase kb)
    {
        foreach (var (level, title) in new[] { (AccessLevel.Public, PublicTitle), (AccessLevel.Restricted, RestrictedTitle) })
        {
            var path = Path.Combine(FilesRoot, $"portal-{AccessLevels.Name(level)}.ris");
            File.WriteAllText(path, $"TY  - GOVDOC\nTI  - {title}\nAU  - 国务院\nKW  - 科技成果转化\nPY  - 2031\nER  - \n");
            Imported[level] += kb.Import([path], new ImportOptions { Owner = Demo, Access = level }).Imported;
        }
    }
}
