using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Storage;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;
using Zhiku.Web.Nodes;
using Zhiku.Web.Operations;
using Zhiku.Web.Security;

namespace Zhiku.Web.Hosting;

/// <summary>The services of the platform, one line per concern.</summary>
internal static class ServiceRegistration
{
    public static WebApplicationBuilder AddZhikuServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ZhikuWebOptions>().BindConfiguration(ZhikuWebOptions.Section);
        services.AddSingleton(sp => new ZhikuDataDirectory(DataDirectory.Resolve(sp.GetRequiredService<IOptions<ZhikuWebOptions>>().Value.Data)));
        services.AddSingleton(sp => OpenKnowledgeBase(sp));
        services.AddSingleton(sp => AccountStore.Open(sp.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton<AccountService>();
        services.AddSingleton<UserManagement>();
        services.AddZhikuNodes();
        services.AddSingleton<Zhiku.Web.Evaluation.EvaluationRunStore>();
        services.AddSingleton<Zhiku.Web.Evaluation.EvaluationSources>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<FirstStart>();
        services.AddOptions<Zhiku.Web.Sources.SourceSchedulerOptions>().BindConfiguration(Zhiku.Web.Sources.SourceSchedulerOptions.Section);
        services.AddHostedService<Zhiku.Web.Sources.SourceScheduler>();
        services.AddZhikuOperations();
        services.AddScoped<Texts>();
        // Chinese is written as characters, not numeric entities (markup characters are still escaped).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();

        services.AddZhikuAuthentication();
        services.AddZhikuRateLimiting();
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Imports", Policies.Import);
        }).AddApplicationPart(typeof(ZhikuWebApp).Assembly);
        // One exception handler answers every error with problem details in the reader's language; a parameter that
        // does not bind (page=abc) is thrown to it rather than answered with an empty 400.
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = LocalizedProblems.Customize);
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddLanguageParameter());
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            // Chinese stays readable; markup characters are still escaped.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        var maxUpload = builder.Configuration.GetSection(ZhikuWebOptions.Section).GetValue<long?>(nameof(ZhikuWebOptions.MaxUploadBytes))
            ?? new ZhikuWebOptions().MaxUploadBytes;
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = maxUpload);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = maxUpload + (1 << 20));
        return builder;
    }

    private static KnowledgeBase OpenKnowledgeBase(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ZhikuWebOptions>>().Value;
        var store = StoreLocation.Resolve(options.Store, $"{ZhikuWebOptions.Section}:{nameof(ZhikuWebOptions.Store)}");
        var kb = KnowledgeBase.Open(services.GetRequiredService<ZhikuDataDirectory>().Directory, store);
        kb.SearchCacheEntries = options.SearchCacheEntries;
        return kb;
    }
}
