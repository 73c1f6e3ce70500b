using System.CommandLine;
using Zhiku.Storage;
using Zhiku.Web.Hosting;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku serve [--data DIR] [--store CONNECTION] [--urls URL]</c>: runs the web platform on Kestrel. The first start on an empty data
/// directory imports the bundled samples and prints the administrator's password once. <c>--config FILE</c> (else
/// $ZHIKU_CONFIG) reads the settings from a JSON file such as the package's /etc/zhiku/zhiku.json (urls, Zhiku:Data,
/// Zhiku:* limits, Kestrel, Logging); options given on the command line still win over it. <c>--certificate FILE</c>
/// (a .pfx with <c>--certificate-password</c>, or a PEM certificate with its key inside) serves the https addresses of
/// --urls; a certificate that cannot be used stops the start naming its file.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://localhost:5000" };
        var samples = new Option<string?>("--samples") { Description = "The sample corpus to load on the first start (default: samples/ of the repository)" };
        var noSamples = new Option<bool>("--no-samples") { Description = "Start empty: do not import the sample corpus" };
        var cache = new Option<int?>("--search-cache") { Description = "How many recent search results to keep for repeated searches (0: none; default 1000)" };
        var config = new Option<string?>("--config") { Description = "A JSON settings file (default: $ZHIKU_CONFIG; the package's is /etc/zhiku/zhiku.json)" };
        var certificate = new Option<string?>("--certificate") { Description = "The certificate of the https addresses in --urls: a .pfx file (Kestrel:Certificates:Default:Path)" };
        var password = new Option<string?>("--certificate-password") { Description = "The password of the .pfx file (Kestrel:Certificates:Default:Password; prefer the settings file: a command line is visible to other users)" };
        var command = new Command("serve", "Run the web platform (search, detail pages, dashboard, import, REST API)") { urls, samples, noSamples, cache, config, certificate, password };
        command.SetAction(parse => context.Guard(() =>
        {
            var file = SettingsFile(parse.GetValue(config) ?? Environment.GetEnvironmentVariable("ZHIKU_CONFIG"));
            var args = new List<string>();
            // Without a settings file every option is passed (defaults included); with one, only those typed.
            if (file is null || parse.GetResult(urls) is { Implicit: false })
            {
                args.AddRange(["--urls", parse.GetValue(urls) ?? "http://localhost:5000"]);
            }

            if (file is null || parse.GetValue(context.DataOption) is not null)
            {
                args.Add($"--{ZhikuWebOptions.Section}:Data={DataDirectory.Resolve(parse.GetValue(context.DataOption)).Root}");
            }

            // Checked here for a one-line error; the platform reads $ZHIKU_STORE itself when --store is not given.
            if (parse.GetValue(context.StoreOption) is { Length: > 0 } store && StoreLocation.Resolve(store) is not null)
            {
                args.Add($"--{ZhikuWebOptions.Section}:Store={store}");
            }

            if (file is null || parse.GetValue(noSamples))
            {
                args.Add($"--{ZhikuWebOptions.Section}:LoadSamples={(!parse.GetValue(noSamples)).ToString().ToLowerInvariant()}");
            }

            if (parse.GetValue(samples) is { Length: > 0 } folder)
            {
                args.Add($"--{ZhikuWebOptions.Section}:Samples={Path.GetFullPath(folder)}");
            }

            if (parse.GetValue(cache) is { } entries)
            {
                args.Add($"--{ZhikuWebOptions.Section}:SearchCacheEntries={entries.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            if (parse.GetValue(certificate) is { Length: > 0 } pfx)
            {
                args.Add($"--Kestrel:Certificates:Default:Path={Path.GetFullPath(pfx)}");
            }

            if (parse.GetValue(password) is { } secret)
            {
                args.Add($"--Kestrel:Certificates:Default:Password={secret}");
            }

            var app = ZhikuWebApp.Build([.. args], file);
            Zhiku.Web.Operations.CertificateSettings.Verify(app.Configuration);
            app.Run();
            return 0;
        }));
        return command;
    }

    private static string? SettingsFile(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        return File.Exists(full) ? full : throw new ArgumentException($"the settings file {full} does not exist");
    }
}
