using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Zhiku.Storage.Postgres;

namespace Zhiku.Storage.Moving;

/// <summary>
/// Copies one table from a SQLite store into the same table of a PostgreSQL store with binary COPY, in the caller's
/// transaction: the columns are PostgreSQL's (every one exists in SQLite at the same schema version), BIGINT, TEXT or
/// BYTEA (an import job's uploaded files).
/// </summary>
internal static class TableCopy
{
    /// <summary>The columns of a PostgreSQL table in their order, with the type each is copied as.</summary>
    public static IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns(NpgsqlConnection target, string table) =>
        BinaryCopy.Columns(target, table);

    /// <summary>Copies every row of <paramref name="table"/> and returns how many.</summary>
    public static long Run(DbTransaction source, NpgsqlConnection target, string table)
    {
        var columns = Columns(target, table);
        using var read = source.Connection!.Command(source, $"SELECT {string.Join(", ", columns.Select(c => c.Name))} FROM {table}");
        using var rows = read.ExecuteReader();
        using var copy = BinaryCopy.Begin(target, table, columns);
        while (rows.Read())
        {
            copy.Row(i => rows.IsDBNull(i) ? null : rows.GetValue(i));
        }

        return (long)copy.Complete();
    }
}
