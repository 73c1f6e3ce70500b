using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Web.Accounts;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Hosting;

/// <summary>
/// On the first start: creates the demo organisation and an administrator (printing the password once), and on an
/// empty data directory queues the import of the sample corpus. Prints where the platform listens.
/// </summary>
internal sealed class FirstStart(
    KnowledgeBase kb, AccountService accounts, ImportQueue imports, ZhikuDataDirectory data, IOptions<ZhikuWebOptions> options,
    IHostApplicationLifetime lifetime, IServer server) : IHostedService
{
    public const string AdminUserName = "admin";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        string? password = null;
        if (accounts.Store.CountUsers() == 0)
        {
            var org = kb.EnsureOrganisation(SampleCorpus.DemoOrganisation, OrganisationType.ThinkTank);
            password = string.IsNullOrEmpty(options.Value.AdminPassword)
                ? Passwords.Generate()
                : options.Value.AdminPassword;
            accounts.CreateUser(org, AdminUserName, "管理员 (Administrator)", UserRole.Administrator, password);
        }

        var samples = data.WasEmpty && options.Value.LoadSamples ? SampleCorpus.Locate(options.Value.Samples) : null;
        if (samples is not null)
        {
            foreach (var (label, files, importOptions) in SampleCorpus.Plan(samples))
            {
                imports.EnqueueLocal(files, importOptions, organisationId: null, label);
            }
        }

        lifetime.ApplicationStarted.Register(() => Announce(password, samples));
        return Task.CompletedTask;
    }

    private void Announce(string? password, string? samples)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? "(no address)";
        Console.WriteLine();
        Console.WriteLine($"Zhiku (智库) is running at {address}  — data: {data.Directory.Root}");
        if (samples is not null)
        {
            Console.WriteLine($"Importing the sample corpus from {samples} in the background (see {address}/dashboard).");
        }

        if (password is not null)
        {
            Console.WriteLine($"First start: sign in at {address}/account/signin as '{AdminUserName}' with the password {password}");
            Console.WriteLine("(shown only this once; keep it).");
        }

        Console.WriteLine();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
