using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Zhiku.Knowledge;
using Zhiku.Nodes;
using Zhiku.Web.Hosting;
using Zhiku.Web.Imports;

namespace Zhiku.Web.Nodes;

/// <summary>
/// What lets several nodes serve one store: the node's name, its index following the store (<c>Zhiku:Follow</c>), the
/// import jobs in the store (<c>Zhiku:Imports</c>) and the data-protection keys in the store.
/// </summary>
internal static class NodeServices
{
    public static IServiceCollection AddZhikuNodes(this IServiceCollection services)
    {
        services.AddSingleton<NodeIdentity>();
        services.AddOptions<FollowerOptions>().BindConfiguration("Zhiku:Follow");
        services.AddSingleton<StoreFollowerService>();
        services.AddHostedService(sp => sp.GetRequiredService<StoreFollowerService>());
        services.AddOptions<ImportQueueOptions>().BindConfiguration(ImportQueueOptions.Section);
        services.AddSingleton<ImportQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportQueue>());
        services.AddDataProtection();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository =
            new StoreXmlRepository(
                new ProtectionKeyStore(sp.GetRequiredService<KnowledgeBase>()),
                Path.Combine(sp.GetRequiredService<ZhikuDataDirectory>().Directory.Root, "keys"))));
        return services;
    }
}
