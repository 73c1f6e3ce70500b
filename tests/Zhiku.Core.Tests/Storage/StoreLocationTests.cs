using Npgsql;
using Zhiku.Storage;
using Zhiku.Testing.Postgres;

namespace Zhiku.Tests.Storage;

/// <summary>The value of --store / ZHIKU_STORE: a keyword connection string or a postgres:// URI, checked.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreLocationTests(PostgresServer server)
{
    private const string Secret = "s3cr3t-Pw";

    [Fact]
    public void A_keyword_connection_string_is_read_as_Npgsql_reads_it()
    {
        var location = StoreLocation.Parse($"Host=db1;Port=5433;Database=zhiku;Username=zhiku;Password={Secret}");

        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db1", 5433, "zhiku", "zhiku", Secret), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.Equal(["db1"], location.Hosts);
        Assert.Equal("zhiku", location.Database);
    }

    [Theory]
    [InlineData("postgres://zhiku:p%40ss%2Fword@db1:5433/zhiku%20kb", "db1", 5433, "zhiku kb", "zhiku", "p@ss/word")]
    [InlineData("postgresql://zhiku@db1/zhiku", "db1", 5432, "zhiku", "zhiku", null)]
    [InlineData("POSTGRES://db1/zhiku", "db1", 5432, "zhiku", null, null)]
    [InlineData("postgres://zhiku:p@ss@[::1]:6000/zhiku", "::1", 6000, "zhiku", "zhiku", "p@ss")]
    public void A_URI_gives_its_user_password_server_port_and_database_percent_decoded(
        string uri, string host, int port, string database, string? user, string? password)
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreLocation.Parse(uri).ConnectionString);

        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }

    [Fact]
    public void A_URI_with_several_servers_and_libpq_parameters_becomes_a_multi_host_connection_string()
    {
        var location = StoreLocation.Parse(
            "postgres://zhiku@db1:5432,db2:5433/zhiku?target_session_attrs=read-write&sslmode=disable&application_name=zhiku-node-a&connect_timeout=7");

        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(["db1:5432", "db2:5433"], location.Hosts);
        Assert.Equal("read-write", builder.TargetSessionAttributes);
        Assert.Equal(SslMode.Disable, builder.SslMode);
        Assert.Equal("zhiku-node-a", builder.ApplicationName);
        Assert.Equal(7, builder.Timeout);
    }

    [Fact]
    public void The_display_form_masks_the_password()
    {
        var location = StoreLocation.Parse($"postgres://zhiku:{Secret}@db1/zhiku");

        Assert.DoesNotContain(Secret, location.Display, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, location.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", location.Display, StringComparison.Ordinal);
        Assert.Contains(Secret, location.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "ZHIKU_STORE is empty")]
    [InlineData("   ", "ZHIKU_STORE is empty")]
    [InlineData("zhiku-data", "is neither a PostgreSQL connection string (Host=…;Database=…) nor a postgres:// URI")]
    [InlineData($"Host=db1;Username=zhiku;Password={Secret}", "names no database")]
    [InlineData($"postgres://zhiku:{Secret}@db1", "names no database")]
    [InlineData($"Database=zhiku;Password={Secret}", "names no server")]
    [InlineData($"postgres://zhiku:{Secret}@/zhiku", "names no server")]
    [InlineData($"Host=db1;Database=zhiku;Pasword={Secret}", "has the unknown keyword 'Pasword'")]
    [InlineData($"Host=db1;Database=zhiku;Password={Secret};Port=fifty", "has an invalid value for 'Port'")]
    [InlineData("Host=db1;Database=zhiku;Password=porto-s3cr3t-Pw;port=fifty", "has an invalid value for 'port'")]
    [InlineData($"Host=db1:99999;Database=zhiku;Password={Secret}", "has an invalid port in 'db1:99999'")]
    [InlineData($"postgres://zhiku:{Secret}@db1:0/zhiku", "has an invalid port in the server 'db1:0'")]
    [InlineData($"postgres://zhiku:{Secret}@db1/zhiku?sslmod=require", "has the unknown URI parameter 'sslmod'")]
    [InlineData($"postgres://zhiku:{Secret}@db1/zhiku?sslmode=sometimes", "has an invalid value for 'SSL Mode'")]
    [InlineData($"postgres://zhiku:{Secret}%zz@db1/zhiku", "has a badly percent-encoded password")]
    [InlineData($"Host=db1;Database=zhiku;Password='{Secret}", "is not a well-formed connection string")]
    public void A_bad_location_is_refused_naming_its_origin_and_problem_but_never_the_password(string value, string problem)
    {
        var error = Assert.Throws<FormatException>(() => StoreLocation.Parse(value, "ZHIKU_STORE"));

        Assert.StartsWith("ZHIKU_STORE ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_URI_location_connects_to_a_real_server()
    {
        var admin = new NpgsqlConnectionStringBuilder(server.AdminConnectionString);
        var location = StoreLocation.Parse($"postgres://{admin.Username}@{admin.Host}:{admin.Port}/{admin.Database}?application_name=zhiku-store-test");

        using var connection = new NpgsqlConnection(location.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT current_setting('application_name') || '@' || current_database()", connection);

        Assert.Equal($"zhiku-store-test@{admin.Database}", command.ExecuteScalar());
    }
}
