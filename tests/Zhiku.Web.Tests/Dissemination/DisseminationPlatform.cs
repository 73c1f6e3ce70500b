using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Dissemination;

/// <summary>The OAI-PMH and feed tests share one platform.</summary>
[CollectionDefinition(Name)]
public sealed class DisseminationCollection : ICollectionFixture<DisseminationPlatform>
{
    public const string Name = "dissemination";
}

/// <summary>
/// The seeded platform on a real Kestrel port with a small OAI-PMH page (so that lists need resumption tokens), and
/// besides the levels' files: a real OpenAlex API page as public records (their abstracts must not be
/// republished), a public paper with a Chinese title and an abstract of its own, and a public and a restricted output
/// with Chinese titles that share one word.
/// </summary>
public sealed class DisseminationPlatform : PlatformFactory
{
    public const int PageSize = 7;

    /// <summary>The word in the titles of the public and the restricted output.</summary>
    public const string OutputWord = "zkfeedword";

    public const string PublicOutputTitle = OutputWord + " 关于建设开放科技智库的公开建议";

    public const string RestrictedOutputTitle = OutputWord + " 内部专报：不得公开的研判";

    public const string ChineseTitle = "科技智库公开摘要测试论文 zkabstractpaper";

    public const string OwnAbstractWord = "zkabstractvisible";

    public DisseminationPlatform() => UseKestrel(0);

    /// <summary>The platform's address on its Kestrel port (http://localhost:N).</summary>
    public string Address { get; private set; } = string.Empty;

    public KnowledgeBase Knowledge => Services.GetRequiredService<KnowledgeBase>();

    /// <summary>The works an anonymous visitor's search finds in all.</summary>
    public int AnonymousTotal => Knowledge.Read(Caller.Anonymous).Search(new SearchRequest { Query = "*", Limit = 1 }).Total;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zhiku:Oai:PageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Seeds once and finds the Kestrel address.</summary>
    public DisseminationPlatform Started()
    {
        Seeded();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal).TrimEnd('/');
        return this;
    }

    /// <summary>A client of the Kestrel port, anonymous unless a bearer token is given.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Address) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void SeedMore(KnowledgeBase kb)
    {
        var folder = Path.Combine(FilesRoot, "dissemination");
        Directory.CreateDirectory(folder);
        void Import(AccessLevel level, params string[] files)
        {
            var report = kb.Import(files, new ImportOptions { Owner = Demo, Access = level });
            Assert.All(report.Files, f => Assert.True(f.Errors.Count == 0 && f.Imported > 0, $"{f.Path}: {f.Format} {f.Imported} {string.Join("; ", f.Errors)}"));
            Imported[level] += report.Imported;
        }

        Import(AccessLevel.Public, SharedData.Path("bibliographic/openalex/works-api/works_chunk_1.json"));
        Import(AccessLevel.Public, Write(folder, "abstract.ris",
            $"TY  - JOUR\nTI  - {ChineseTitle}\nAU  - 王, 明\nAB  - 这是可以公开的摘要 {OwnAbstractWord}\nKW  - 科技智库\nDO  - 10.5555/zk.oai.one\nPY  - 2023\nER  - \n"));
        Import(AccessLevel.Public, Write(folder, "outputs-public.csv", $"标题,类型,日期,报送日期,报送渠道\n{PublicOutputTitle},要报,2024-02-20,2024-03-01,要报\n"));
        Import(AccessLevel.Restricted, Write(folder, "outputs-restricted.csv", $"标题,类型,日期,报送日期,报送渠道\n{RestrictedOutputTitle},要报,2024-02-21,2024-03-02,要报\n"));
    }

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
