using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Zhiku.Storage.Moving;

/// <summary>
/// Copies one table from a SQLite store into the same table of a PostgreSQL store with binary COPY, in the caller's
/// transaction: the columns are PostgreSQL's (every one exists in SQLite at the same schema version), BIGINT, TEXT or
/// BYTEA (an import job's uploaded files).
/// </summary>
internal static class TableCopy
{
    /// <summary>The columns of a PostgreSQL table in their order, with the type each is copied as.</summary>
    public static IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns(NpgsqlConnection target, string table)
    {
        using var cmd = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            target);
        cmd.Parameters.Add(new NpgsqlParameter { Value = table });
        using var reader = cmd.ExecuteReader();
        var columns = new List<(string, NpgsqlDbType)>();
        while (reader.Read())
        {
            var type = reader.GetString(1) switch
            {
                "bigint" => NpgsqlDbType.Bigint,
                "text" => NpgsqlDbType.Text,
                "bytea" => NpgsqlDbType.Bytea,
                var other => throw new InvalidOperationException($"{table}.{reader.GetString(0)} is {other}: zhiku migrate copies BIGINT, TEXT and BYTEA columns"),
            };
            columns.Add((reader.GetString(0), type));
        }

        return columns;
    }

    /// <summary>Copies every row of <paramref name="table"/> and returns how many.</summary>
    public static long Run(DbTransaction source, NpgsqlConnection target, string table)
    {
        var columns = Columns(target, table);
        var list = string.Join(", ", columns.Select(c => c.Name));
        using var read = source.Connection!.Command(source, $"SELECT {list} FROM {table}");
        using var rows = read.ExecuteReader();
        using var copy = target.BeginBinaryImport($"COPY {table} ({list}) FROM STDIN (FORMAT BINARY)");
        long count = 0;
        while (rows.Read())
        {
            copy.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                if (rows.IsDBNull(i))
                {
                    copy.WriteNull();
                }
                else if (columns[i].Type == NpgsqlDbType.Bigint)
                {
                    copy.Write(Convert.ToInt64(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                }
                else if (columns[i].Type == NpgsqlDbType.Bytea)
                {
                    copy.Write((byte[])rows.GetValue(i), NpgsqlDbType.Bytea);
                }
                else
                {
                    copy.Write(Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "", NpgsqlDbType.Text);
                }
            }

            count++;
        }

        copy.Complete();
        return count;
    }
}
