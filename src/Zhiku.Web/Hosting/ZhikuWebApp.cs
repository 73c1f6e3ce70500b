namespace Zhiku.Web.Hosting;

/// <summary>Builds the web platform: the web app's Program and <c>zhiku serve</c> both start here.</summary>
public static class ZhikuWebApp
{
    /// <summary>
    /// Builds the app from command-line style arguments (--urls, --Zhiku:Data=DIR, ...) and an optional JSON settings
    /// file (/etc/zhiku/zhiku.json in the package) that the arguments override.
    /// </summary>
    public static WebApplication Build(string[] args, string? settingsFile = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ZhikuWebApp).Assembly.GetName().Name,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        // One log line per request costs more than a search on a small machine: the framework logs warnings only.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (settingsFile is not null)
        {
            builder.Configuration.AddJsonFile(settingsFile, optional: false, reloadOnChange: false).AddCommandLine(args);
        }

        builder.AddZhikuServices();
        var app = builder.Build();
        app.UseZhikuPipeline();
        app.MapZhikuEndpoints();
        return app;
    }
}
