using Npgsql;
using Zhiku.Testing.Postgres;

namespace Zhiku.Tests.Storage.Postgres;

/// <summary>The server every PostgreSQL test shares, and the fresh database each test gets from it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServerTests(PostgresServer server)
{
    [Fact]
    public void A_test_database_is_new_and_empty_and_is_dropped_when_disposed()
    {
        string name;
        using (var database = server.CreateDatabase())
        {
            name = database.Name;
            Assert.StartsWith("zhiku_t_", name, StringComparison.Ordinal);
            using var connection = database.Open();
            Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
            using var create = new NpgsqlCommand("CREATE TABLE t(id BIGINT)", connection);
            create.ExecuteNonQuery();
            Assert.Equal("C", Convert.ToString(Scalar(connection, "SELECT datctype FROM pg_database WHERE datname = current_database()"), System.Globalization.CultureInfo.InvariantCulture));
        }

        using var admin = new NpgsqlConnection(server.AdminConnectionString);
        admin.Open();
        using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        exists.Parameters.AddWithValue("name", name);
        Assert.Equal(0L, exists.ExecuteScalar());
    }

    [Fact]
    public void Two_test_databases_are_apart()
    {
        using var first = server.CreateDatabase();
        using var second = server.CreateDatabase();
        using var a = first.Open();
        using var b = second.Open();
        using (var create = new NpgsqlCommand("CREATE TABLE only_in_first(id BIGINT)", a))
        {
            create.ExecuteNonQuery();
        }

        Assert.NotEqual(first.Name, second.Name);
        Assert.Equal(0L, Scalar(b, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'"));
    }

    private static object? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}
