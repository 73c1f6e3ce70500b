using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Operations;

public sealed partial class LogSecretsTests(OperationsPlatform platform) : IClassFixture<OperationsPlatform>
{
    [Fact]
    public async Task A_sign_in_a_token_a_failed_sign_in_and_an_import_leave_no_password_or_token_in_the_logs_but_the_request_ids()
    {
        var name = "ops" + Guid.NewGuid().ToString("N")[..8];
        var password = "Pw-" + Guid.NewGuid().ToString("N");
        var wrong = "Wrong-" + Guid.NewGuid().ToString("N");
        var org = platform.Services.GetRequiredService<KnowledgeBase>().EnsureOrganisation(PlatformFactory.Demo);
        platform.Services.GetRequiredService<AccountService>().CreateUser(org, name, name, UserRole.Analyst, password);

        var failing = platform.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SignInAsync(failing, name, wrong)).StatusCode);
        var browser = platform.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await Http.SignInAsync(browser, name, password)).StatusCode);
        var form = await Http.AntiforgeryTokenAsync(browser, "account");
        var created = await browser.PostAsync("account?handler=Token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "ops",
            ["__RequestVerificationToken"] = form,
        }));
        var token = NewToken().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("zk_", token, StringComparison.Ordinal);

        var api = platform.Client(token);
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(await File.ReadAllBytesAsync(SharedData.Path("bibliographic/wos/metaknowledge_TwoPaper.isi"))), "files", "two.isi" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/imports") { Content = upload };
        request.Headers.Add("X-Request-Id", "ops-import-1");
        var started = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var job = await Functional.ApiTests.WaitAsync(api, id!);
        Assert.Equal("done", job.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("api/v1/search?q=science")).StatusCode);

        var logs = platform.Logs.Text;
        Assert.True(platform.Logs.Lines.Count > 50, $"only {platform.Logs.Lines.Count} log lines were captured");
        Assert.Contains("RequestId=ops-import-1", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token[3..], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(password, logs, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code id=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewToken();
}
