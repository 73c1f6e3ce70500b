using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Zhiku.Storage;
using Zhiku.Testing.Postgres;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Operations;

/// <summary>The platform's <c>Zhiku:Store</c> option: the PostgreSQL store it names is the one opened, and readiness names its kind.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreOptionTests(PostgresServer server)
{
    [Fact]
    public async Task The_Zhiku_Store_option_opens_that_PostgreSQL_store_binds_the_data_directory_and_readiness_names_it()
    {
        using var database = server.CreateDatabase();
        await using var platform = new StorePlatform(database.ConnectionString);

        var response = await platform.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("postgresql", body.GetProperty("store").GetString());
        var binding = StoreBinding.Read(new DataDirectory(platform.DataRoot));
        Assert.NotNull(binding);
        Assert.Contains(database.Name, binding.Connection, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_Zhiku_Store_option_fails_the_start_naming_the_option_without_the_password()
    {
        using var platform = new StorePlatform("Host=127.0.0.1;Database=zhiku;Password=s3cret-Pa55;Bogus=1");

        var error = Assert.ThrowsAny<Exception>(() => platform.CreateClient());

        var message = error.ToString();
        Assert.Contains("Zhiku:Store has the unknown keyword 'Bogus'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-Pa55", message, StringComparison.Ordinal);
    }

    private sealed class StorePlatform(string store) : PlatformFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Zhiku:Store", store);
        }
    }
}
