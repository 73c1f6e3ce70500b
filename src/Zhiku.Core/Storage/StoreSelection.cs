using Zhiku.Storage.Dialects;

namespace Zhiku.Storage;

/// <summary>
/// Which store a data directory opens: the location given (<c>--store</c>, <c>ZHIKU_STORE</c>), else the PostgreSQL
/// store it is bound to, else its embedded SQLite file; and, once a PostgreSQL store is open, the binding that records it.
/// </summary>
internal static class StoreSelection
{
    /// <summary>The dialect that reaches the store of a data directory.</summary>
    public static SqlDialect Dialect(DataDirectory directory, StoreLocation? location)
    {
        if (location is not null)
        {
            return new PostgresDialect(location.ConnectionString);
        }

        return StoreBinding.Read(directory) is { IsPostgres: true } binding
            ? new PostgresDialect(binding.Location(directory).ConnectionString)
            : new SqliteDialect(directory.DatabasePath);
    }

    /// <summary>
    /// Refuses to bind a directory whose SQLite store holds works to a PostgreSQL store: they would be left behind, and
    /// its index would be rebuilt from a store without them. <c>zhiku migrate</c> moves them.
    /// </summary>
    public static void CheckBindable(DataDirectory directory, PostgresDialect dialect)
    {
        if (StoreBinding.Read(directory) is { IsPostgres: true } || !File.Exists(directory.DatabasePath))
        {
            return;
        }

        using var connection = new SqliteDialect(directory.DatabasePath).OpenReader();
        var works = connection.Long("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'works'") == 0
            ? 0 : connection.Long("SELECT COUNT(*) FROM works");
        if (works > 0)
        {
            throw new InvalidOperationException(
                $"{directory}: holds a SQLite store with {works} works; it is not bound to the PostgreSQL store {Masked(dialect)}: "
                + $"move them with zhiku migrate --from {directory} --to CONNECTION, or use another data directory");
        }
    }

    /// <summary>Records in the data directory the PostgreSQL store it now belongs to (when that changed).</summary>
    public static void Bind(DataDirectory directory, PostgresDialect dialect, string identity)
    {
        var binding = new StoreBinding(StoreBinding.Postgres, dialect.BindingConnection, identity);
        if (StoreBinding.Read(directory) != binding)
        {
            binding.Write(directory);
        }
    }

    private static string Masked(PostgresDialect dialect)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(dialect.BindingConnection);
        return $"{builder.Host}/{builder.Database}";
    }
}
