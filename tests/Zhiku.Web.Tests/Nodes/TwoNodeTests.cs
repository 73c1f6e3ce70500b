using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Testing.Postgres;
using Zhiku.Web.Accounts;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Nodes;

/// <summary>
/// Two platform nodes serve one PostgreSQL store, each with its own data directory and index: an import through node A
/// is searchable on node B within 2 s, a sign-in cookie of A is accepted by B, a user created on A signs in on B, and
/// both list the same import jobs.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed partial class TwoNodeTests(PostgresServer server, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_import_through_node_A_is_found_by_search_on_node_B_within_two_seconds()
    {
        using var database = server.CreateDatabase();
        await using var a = new StoreNode(database.ConnectionString);
        await using var b = new StoreNode(database.ConnectionString);
        var token = AdminToken(a);
        using var clientA = Http.WithToken(a, token);
        using var clientB = Http.WithToken(b, token);
        Assert.Equal(0, await TotalAsync(clientB, "citation"));

        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt"))), "files", "savedrecs.txt" },
            { new StringContent("public"), "access" },
        };
        var started = await clientA.PostAsync(new Uri("/api/v1/imports", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        // Node B shows the job node A queued, and sees it end.
        var job = await WaitForJobAsync(clientB, id);
        Assert.Equal("done", job.GetProperty("state").GetString());
        var imported = job.GetProperty("report").GetProperty("imported").GetInt32();
        var watch = Stopwatch.StartNew();
        while (await TotalAsync(clientB, "citation") == 0)
        {
            Assert.True(watch.Elapsed < Deadline, $"node B did not find node A's import within {Deadline.TotalSeconds} s");
            await Task.Delay(20);
        }

        output.WriteLine($"job done to searchable on node B: {watch.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(imported > 100);
        Assert.Equal(await TotalAsync(clientA, "citation"), await TotalAsync(clientB, "citation"));
        Assert.Equal(
            a.Services.GetRequiredService<KnowledgeBase>().IndexState().Documents,
            b.Services.GetRequiredService<KnowledgeBase>().IndexState().Documents);
    }

    [Fact]
    public async Task An_evaluation_run_made_on_node_A_is_listed_and_served_whole_on_node_B()
    {
        using var database = server.CreateDatabase();
        await using var a = new StoreNode(database.ConnectionString);
        await using var b = new StoreNode(database.ConnectionString);
        var token = AdminToken(a);
        using var clientA = Http.WithToken(a, token);
        using var clientB = Http.WithToken(b, token);

        using var form = Evaluation.EvaluationUploads.Asem();
        var made = await clientA.PostAsync(new Uri("/api/v1/evaluations/run", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var id = JsonDocument.Parse(await made.Content.ReadAsStringAsync()).RootElement.GetProperty("runId").GetString()!;

        // Node B has no folder of the run: it reads the run from the store.
        Assert.Contains(id, await clientB.GetStringAsync(new Uri("/api/v1/evaluations/runs", UriKind.Relative)), StringComparison.Ordinal);
        var units = JsonDocument.Parse(await clientB.GetStringAsync(new Uri($"/api/v1/evaluations/runs/{id}", UriKind.Relative))).RootElement.GetProperty("units");
        Assert.Equal(51, units.GetArrayLength());
        Assert.Equal(
            await File.ReadAllBytesAsync(SharedData.Path("evaluation/asem/ASEM_iData.csv")),
            await clientB.GetByteArrayAsync(new Uri($"/api/v1/evaluations/runs/{id}/files/iData.csv", UriKind.Relative)));
        Assert.Equal(
            await clientA.GetByteArrayAsync(new Uri($"/api/v1/evaluations/runs/{id}/files/evaluation.xlsx", UriKind.Relative)),
            await clientB.GetByteArrayAsync(new Uri($"/api/v1/evaluations/runs/{id}/files/evaluation.xlsx", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync(new Uri($"/api/v1/evaluations/runs/{id}/units/NLD", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_cookie_made_on_node_A_is_accepted_by_node_B()
    {
        using var database = server.CreateDatabase();
        await using var a = new StoreNode(database.ConnectionString);
        await using var b = new StoreNode(database.ConnectionString);
        using var clientA = Bare(a);
        using var clientB = Bare(b);

        var cookie = await SignInForCookieAsync(clientA, "admin", TestUsers.Password);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie);
        var response = await clientB.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("admin", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var anonymous = await clientB.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_user_created_on_node_A_signs_in_on_node_B()
    {
        using var database = server.CreateDatabase();
        await using var a = new StoreNode(database.ConnectionString);
        await using var b = new StoreNode(database.ConnectionString);
        var accounts = a.Services.GetRequiredService<AccountService>();
        accounts.CreateUser(accounts.Store.FindByName("admin")!.OrganisationId, "li.wei", "李伟", UserRole.Analyst, TestUsers.Password);
        _ = b.Services;

        using var clientB = Bare(b);
        var cookie = await SignInForCookieAsync(clientB, "li.wei", TestUsers.Password);

        Assert.Contains("=", cookie, StringComparison.Ordinal);
    }

    private static string AdminToken(PlatformFactory node)
    {
        var accounts = node.Services.GetRequiredService<AccountService>();
        return accounts.Store.CreateToken(accounts.Store.FindByName("admin")!.Id, "two-node test");
    }

    private static HttpClient Bare(PlatformFactory node) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        var json = await client.GetStringAsync(new Uri($"/api/v1/search?q={Uri.EscapeDataString(query)}&limit=1", UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<JsonElement> WaitForJobAsync(HttpClient client, string id)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(new Uri($"/api/v1/imports/{id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var job = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (job.GetProperty("state").GetString() is "done" or "failed")
            {
                return job.Clone();
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"import {id} still {job.GetProperty("state").GetString()} after 60 s");
            await Task.Delay(100);
        }
    }

    // The sign-in form by hand, cookies carried in headers: the cookie a node answers with can then go to another node.
    private static async Task<string> SignInForCookieAsync(HttpClient client, string user, string password)
    {
        var page = await client.GetAsync(new Uri("/account/signin", UriKind.Relative));
        var antiforgeryCookie = Cookies(page);
        var token = TokenField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = user,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Cookies(response);
        Assert.False(string.IsNullOrEmpty(cookie), "the sign-in answered without a cookie");
        return cookie;
    }

    private static string Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("; ", values.Select(v => v.Split(';')[0]))
            : string.Empty;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
