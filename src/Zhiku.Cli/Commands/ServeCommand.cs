using System.CommandLine;
using Zhiku.Storage;
using Zhiku.Web.Hosting;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku serve [--data DIR] [--urls URL]</c>: runs the web platform on Kestrel. The first start on an empty data
/// directory imports the bundled samples and prints the administrator's password once.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://localhost:5000" };
        var samples = new Option<string?>("--samples") { Description = "The sample corpus to load on the first start (default: samples/ of the repository)" };
        var noSamples = new Option<bool>("--no-samples") { Description = "Start empty: do not import the sample corpus" };
        var cache = new Option<int?>("--search-cache") { Description = "How many recent search results to keep for repeated searches (0: none; default 1000)" };
        var command = new Command("serve", "Run the web platform (search, detail pages, dashboard, import, REST API)") { urls, samples, noSamples, cache };
        command.SetAction(parse => context.Guard(() =>
        {
            var data = DataDirectory.Resolve(parse.GetValue(context.DataOption));
            var args = new List<string>
            {
                "--urls", parse.GetValue(urls) ?? "http://localhost:5000",
                $"--{ZhikuWebOptions.Section}:Data={data.Root}",
                $"--{ZhikuWebOptions.Section}:LoadSamples={(!parse.GetValue(noSamples)).ToString().ToLowerInvariant()}",
            };
            if (parse.GetValue(samples) is { Length: > 0 } folder)
            {
                args.Add($"--{ZhikuWebOptions.Section}:Samples={Path.GetFullPath(folder)}");
            }

            if (parse.GetValue(cache) is { } entries)
            {
                args.Add($"--{ZhikuWebOptions.Section}:SearchCacheEntries={entries.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            var app = ZhikuWebApp.Build([.. args]);
            app.Run();
            return 0;
        }));
        return command;
    }
}
