using Zhiku.Storage;

namespace Zhiku.Tests.Storage;

/// <summary>
/// Which store a command names: <c>--store</c>, else <c>ZHIKU_STORE</c>, else none (the data directory's own). The
/// variable is read only here and by the CLI and web hosts, which no Core test runs.
/// </summary>
[Collection(nameof(StoreResolveTests))]
public sealed class StoreResolveTests
{
    [Fact]
    public void The_option_wins_over_ZHIKU_STORE_which_wins_over_nothing()
    {
        var before = Environment.GetEnvironmentVariable(StoreLocation.Variable);
        try
        {
            Environment.SetEnvironmentVariable(StoreLocation.Variable, null);
            Assert.Null(StoreLocation.Resolve(null));

            Environment.SetEnvironmentVariable(StoreLocation.Variable, "Host=env-host;Database=envdb");
            Assert.Equal("envdb", StoreLocation.Resolve(null)!.Database);
            Assert.Equal("optdb", StoreLocation.Resolve("Host=opt;Database=optdb")!.Database);

            Environment.SetEnvironmentVariable(StoreLocation.Variable, "postgres://u:s3cret-Pa55@h:0/db");
            var error = Assert.Throws<FormatException>(() => StoreLocation.Resolve(null));
            Assert.StartsWith("ZHIKU_STORE ", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret-Pa55", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(StoreLocation.Variable, before);
        }
    }

    [Fact]
    public void The_location_without_password_keeps_every_other_part()
    {
        var location = StoreLocation.Parse("postgres://zhiku:s3cret-Pa55@db1:5433,db2/zhiku?sslmode=require");

        Assert.DoesNotContain("s3cret-Pa55", location.WithoutPassword, StringComparison.Ordinal);
        var again = StoreLocation.Parse(location.WithoutPassword);
        Assert.Equal((location.Database, location.Hosts.Count), (again.Database, again.Hosts.Count));
        Assert.Contains("Username=zhiku", location.WithoutPassword, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=Require", location.WithoutPassword, StringComparison.Ordinal);
    }
}
