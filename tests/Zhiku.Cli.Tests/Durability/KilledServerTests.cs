using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Zhiku.Accounts;
using Zhiku.Storage;

namespace Zhiku.Cli.Tests.Durability;

/// <summary>
/// <c>zhiku serve</c> killed with SIGKILL at a seeded moment of an uploaded import (<c>POST /api/v1/imports</c>);
/// started again, the same upload completes the import with exact counts and every work indexed once.
/// </summary>
public sealed class KilledServerTests
{
    private const int Rows = 6000;

    [Theory]
    [InlineData(3)]
    public async Task A_server_killed_during_an_uploaded_import_completes_it_exactly_when_the_upload_is_sent_again(int seed)
    {
        using var cli = new CliRun();
        var table = GeneratedTable.Write(cli.DataDirectory + "-files", Rows);
        var token = AdministratorToken(cli.DataDirectory);

        // Given a server importing an upload, killed at a seeded moment
        using (var server = await Server.StartAsync(cli.DataDirectory))
        {
            await server.UploadAsync(table, token);
            KilledProcessTests.KillAfter(seed, 2000, 10_000, server.Process);
        }

        var before = cli.Json("stats").GetProperty("works").GetInt32();

        // When it is started again and the upload sent again
        using (var server = await Server.StartAsync(cli.DataDirectory))
        {
            var job = await server.UploadAsync(table, token);
            var report = await server.FinishedAsync(job, token);

            // Then the rows stored before the kill are unchanged, the others imported, each work indexed once
            Assert.Equal(Rows - before, report.GetProperty("imported").GetInt32());
            Assert.Equal(before, report.GetProperty("unchanged").GetInt32());
        }

        KilledProcessTests.AssertExact(cli, Rows);
        Directory.Delete(cli.DataDirectory + "-files", recursive: true);
    }

    private static string AdministratorToken(string dataDirectory)
    {
        using var store = KnowledgeStore.Open(new DataDirectory(dataDirectory));
        using var accounts = AccountStore.Open(store);
        var user = accounts.CreateUser(store.HomeOrganisationId, "crash-admin", "crash-admin", UserRole.Administrator, "not-a-password-hash");
        return accounts.CreateToken(user.Id, "crash tests");
    }

    private sealed class Server : IDisposable
    {
        private readonly HttpClient _http;

        private Server(ChildCli process, string address)
        {
            Process = process;
            _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        }

        public ChildCli Process { get; }

        public static async Task<Server> StartAsync(string dataDirectory)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var address = $"http://127.0.0.1:{port}";
            var server = new Server(ChildCli.Start(dataDirectory, "serve", "--no-samples", "--urls", address), address);
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline && !server.Process.HasExited)
            {
                try
                {
                    using var response = await server._http.GetAsync(new Uri("/api/v1/search?q=*", UriKind.Relative));
                    if (response.IsSuccessStatusCode)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(200);
            }

            server.Dispose();
            throw new TimeoutException("zhiku serve did not answer within 90 s");
        }

        public async Task<string> UploadAsync(string file, string token)
        {
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(await File.ReadAllBytesAsync(file)), "files", Path.GetFileName(file) },
                { new StringContent("public"), "access" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/imports", UriKind.Relative)) { Content = content };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
            return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        }

        public async Task<JsonElement> FinishedAsync(string job, string token)
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (DateTime.UtcNow < deadline)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/imports/{job}", UriKind.Relative));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await _http.SendAsync(request);
                var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                var state = status.GetProperty("state").GetString();
                Assert.True(state is "queued" or "running" or "done", status.ToString());
                if (state == "done")
                {
                    return status.GetProperty("report").Clone();
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"import {job} did not finish within 3 minutes");
        }

        public void Dispose()
        {
            _http.Dispose();
            Process.Dispose();
        }
    }
}
