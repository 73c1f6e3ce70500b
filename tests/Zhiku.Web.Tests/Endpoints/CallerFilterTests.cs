using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Search.Suggesting;
using Zhiku.Web.Api;
using Zhiku.Web.Tests.Functional;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Endpoints;

/// <summary>Issue 10: an <c>/api/v1</c> handler gets its caller from the one filter on the group, not by working it out by hand.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CallerFilterTests(PlatformFactory factory)
{
    private readonly PlatformFactory _platform = factory.Seeded();

    [Fact]
    public async Task An_anonymous_caller_gets_the_public_works_and_a_token_its_organisations_as_well()
    {
        var anonymous = Http.Anonymous(_platform);
        var member = Http.WithToken(_platform, _platform.Users["viewer"].Token);
        var internalWork = "/api/v1/works/" + _platform.ProbeIds[AccessLevel.Internal];
        var internalSearch = "/api/v1/search?q=" + Probes.Marker(AccessLevel.Internal);

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(internalWork)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(internalWork)).StatusCode);
        Assert.Equal(0, await TotalAsync(anonymous, internalSearch));
        Assert.Equal(1, await TotalAsync(member, internalSearch));
        Assert.Equal(1, await TotalAsync(anonymous, "/api/v1/search?q=" + Probes.Marker(AccessLevel.Public)));
    }

    [Fact]
    public async Task A_token_of_another_organisation_gets_what_anonymous_gets_of_internal_works()
    {
        var stranger = Http.WithToken(_platform, _platform.Users["stranger"].Token);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/api/v1/works/" + _platform.ProbeIds[AccessLevel.Internal])).StatusCode);
        Assert.Equal(0, await TotalAsync(stranger, "/api/v1/search?q=" + Probes.Marker(AccessLevel.Internal)));
    }

    [Fact]
    public void Every_handler_that_reads_records_takes_the_caller_from_the_filter()
    {
        var readers = ApiHandlers().Where(h => h.GetParameters().Any(p => p.ParameterType == typeof(KnowledgeBase) || p.ParameterType == typeof(SearchSuggester))).ToList();

        Assert.NotEmpty(readers);
        foreach (var handler in readers)
        {
            Assert.Contains(handler.GetParameters(), p => p.ParameterType == typeof(ApiCaller));
        }
    }

    [Fact]
    public async Task A_caller_parameter_outside_the_api_group_fails_loudly_instead_of_reading_as_anyone()
    {
        var unbound = await ApiCaller.BindAsync(new DefaultHttpContext());

        Assert.Throws<InvalidOperationException>(() => unbound!.Value);
    }

    private IEnumerable<MethodInfo> ApiHandlers() =>
        _platform.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .Select(e => e.Metadata.OfType<MethodInfo>().First());

    private static async Task<int> TotalAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(path)).RootElement.GetProperty("total").GetInt32();
}
