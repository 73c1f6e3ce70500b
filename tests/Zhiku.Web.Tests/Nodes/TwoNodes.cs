using Microsoft.AspNetCore.Hosting;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Nodes;

/// <summary>A platform node on a shared PostgreSQL store: its own data directory (index), the store of <c>Zhiku:Store</c>.</summary>
public sealed class StoreNode(string store) : PlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Zhiku:Store", store);
        builder.UseSetting("Zhiku:Imports:PollInterval", "00:00:00.200");
    }
}
