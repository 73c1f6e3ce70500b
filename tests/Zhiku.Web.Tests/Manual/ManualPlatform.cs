using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Tests.Design;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Manual;

/// <summary>
/// The tour's platform (a stored evaluation run, an import job, a project, the State Council's 2019 policies) with,
/// in addition, the 147 Scientometrics papers of bibliometrix's sample (1985–2015), so that the manuals' search and
/// analysis pictures show a real literature with keywords over thirty years and its bursts, and the CRS reports of
/// March 2025 (the RSS feed), so that the portal's latest works are real reports rather than the tests' probes.
/// </summary>
public sealed class ManualPlatform : IAsyncLifetime
{
    public const string Scientometrics = "bibliographic/wos/bibliometrixdata_scientometrics.txt";

    public const string CrsReports = "documents/crs/crs_rss_feed.xml";

    public TourPlatform Tour { get; } = new();

    public async Task InitializeAsync()
    {
        await Tour.InitializeAsync();
        var kb = Tour.Platform.Services.GetRequiredService<KnowledgeBase>();
        kb.Import([SharedData.Path(Scientometrics), SharedData.Path(CrsReports)], new ImportOptions { Owner = PlatformFactory.Demo, Access = AccessLevel.Public });
    }

    public Task<IPage> PageAsync(string lang) => Tour.PageAsync(lang, admin: true);

    public string Fill(string path) => Tour.Fill(path);

    public Task DisposeAsync() => Tour.DisposeAsync();
}
