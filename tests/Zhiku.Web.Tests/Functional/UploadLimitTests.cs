using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Functional;

/// <summary>A platform accepting uploads of at most 64 KiB (Zhiku:MaxUploadBytes).</summary>
public sealed class SmallUploadPlatformFactory : PlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zhiku:MaxUploadBytes", "65536");
    }
}

/// <summary>Defect 5 of issue 9: uploads of up to 1 GiB were accepted; the bound is now configurable and refused clearly.</summary>
public sealed class UploadLimitTests(SmallUploadPlatformFactory factory) : IClassFixture<SmallUploadPlatformFactory>
{
    [Fact]
    public async Task An_upload_over_the_configured_bound_answers_413_naming_the_bound()
    {
        var platform = factory.Seeded();
        var client = Http.WithToken(platform, platform.Users["uploader"].Token);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(new byte[200_000]), "files", "big.ris" },
            { new StringContent("internal"), "access" },
        };

        var response = await client.PostAsync("/api/v1/imports", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("65,536 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_under_the_bound_is_still_imported()
    {
        var platform = factory.Seeded();
        var client = Http.WithToken(platform, platform.Users["uploader"].Token);
        using var form = new MultipartFormDataContent
        {
            { ApiTests.File(SharedData.Path("bibliographic/wos/metaknowledge_OnePaper.isi")), "files", "one.isi" },
            { new StringContent("internal"), "access" },
        };

        var response = await client.PostAsync("/api/v1/imports", form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
