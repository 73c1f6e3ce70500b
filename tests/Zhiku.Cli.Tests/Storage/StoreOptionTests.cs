using Zhiku.Testing.Postgres;

namespace Zhiku.Cli.Tests.Storage;

/// <summary>
/// The global <c>--store</c> option: it binds the data directory to a PostgreSQL store, which later commands open
/// without repeating it; a wrong store is one line on stderr that never repeats the password.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreOptionTests(PostgresServer server)
{
    private const string Password = "s3cret-Pa55";

    private static readonly string Scientometrics = CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    [Fact]
    public void Import_with_store_binds_the_directory_and_later_commands_read_that_store_without_it()
    {
        using var cli = new CliRun(bound: false);
        using var database = server.CreateDatabase();

        var imported = cli.Json("import", Scientometrics, "--store", database.ConnectionString);
        var stats = cli.Json("stats");
        var search = cli.Json("search", "citation", "--limit", "5");
        var users = cli.Run("users", "list");

        Assert.Equal(147, imported.GetProperty("imported").GetInt32() + imported.GetProperty("merged").GetInt32());
        Assert.Equal(imported.GetProperty("imported").GetInt32(), stats.GetProperty("works").GetInt32());
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, users.Exit);
        Assert.False(File.Exists(Path.Combine(cli.DataDirectory, "zhiku.db")), "a SQLite store was made beside the PostgreSQL one");
        using var connection = database.Open();
        using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM works", connection);
        Assert.Equal(stats.GetProperty("works").GetInt32(), Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Port=1;Database=nowhere;Username=zhiku;Password=" + Password + ";Timeout=2")]
    [InlineData("Host=127.0.0.1;Database=zhiku;Password=" + Password + ";Bogus=1")]
    [InlineData("postgres://zhiku:" + Password + "@127.0.0.1:99999/zhiku")]
    [InlineData("postgres://zhiku:" + Password + "@127.0.0.1/zhiku?sslmode=sometimes")]
    public void A_wrong_store_is_one_line_on_stderr_that_never_repeats_the_password(string store)
    {
        using var cli = new CliRun(bound: false);

        var (exit, output, error) = cli.Run("search", "citation", "--store", store);

        Assert.Equal(1, exit);
        Assert.StartsWith("zhiku: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain(Password, error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Backup_of_a_PostgreSQL_store_is_refused_saying_the_server_is_backed_up_by_pg_dump_or_base_backups()
    {
        using var cli = new CliRun(bound: false);
        using var database = server.CreateDatabase();
        cli.Json("stats", "--store", database.ConnectionString);

        var bound = cli.Run("backup", "--out", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip"));
        var explicitStore = cli.Run("backup", "--out", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip"), "--store", database.ConnectionString);

        Assert.Equal((1, 1), (bound.Exit, explicitStore.Exit));
        Assert.Contains("pg_dump", bound.Error, StringComparison.Ordinal);
        Assert.Contains("base backups", explicitStore.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_refuses_a_malformed_store_before_starting()
    {
        using var cli = new CliRun(bound: false);

        var (exit, _, error) = cli.Run("serve", "--no-samples", "--urls", "http://127.0.0.1:0", "--store", "Host=127.0.0.1;Database=zhiku;Password=" + Password + ";Bogus=1");

        Assert.Equal(1, exit);
        Assert.Contains("--store has the unknown keyword 'Bogus'", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error, StringComparison.Ordinal);
    }
}
