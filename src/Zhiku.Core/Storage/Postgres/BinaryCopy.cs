using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Zhiku.Storage.Postgres;

/// <summary>
/// The one writer of binary COPY rows into a PostgreSQL table, by the table's own column types (BIGINT, TEXT, BYTEA and
/// DOUBLE PRECISION: every column of the schema): the change feed's rows at a commit and <c>zhiku migrate</c>'s tables
/// go through it.
/// </summary>
internal sealed class BinaryCopy : IDisposable
{
    private readonly NpgsqlBinaryImporter _copy;
    private readonly NpgsqlDbType[] _types;

    private BinaryCopy(NpgsqlConnection connection, string table, IReadOnlyList<(string Name, NpgsqlDbType Type)> columns)
    {
        _types = [.. columns.Select(c => c.Type)];
        _copy = connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
    }

    /// <summary>Begins a COPY into the columns (names and types, see <see cref="Columns"/>), in the connection's transaction.</summary>
    public static BinaryCopy Begin(NpgsqlConnection connection, string table, IReadOnlyList<(string Name, NpgsqlDbType Type)> columns) =>
        new(connection, table, columns);

    /// <summary>The columns of a table in their order, with the type each is copied as.</summary>
    public static IReadOnlyList<(string Name, NpgsqlDbType Type)> Columns(NpgsqlConnection connection, string table)
    {
        using var cmd = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            connection);
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
                "double precision" => NpgsqlDbType.Double,
                var other => throw new InvalidOperationException($"{table}.{reader.GetString(0)} is {other}: binary COPY writes BIGINT, TEXT, BYTEA and DOUBLE PRECISION columns"),
            };
            columns.Add((reader.GetString(0), type));
        }

        return columns.Count > 0 ? columns : throw new InvalidOperationException($"no table {table} in the PostgreSQL store");
    }

    /// <summary>Writes one row, a value per column in the columns' order (null for NULL).</summary>
    public void Row(Func<int, object?> value)
    {
        _copy.StartRow();
        for (var i = 0; i < _types.Length; i++)
        {
            switch (value(i))
            {
                case null or DBNull:
                    _copy.WriteNull();
                    break;
                case var v when _types[i] == NpgsqlDbType.Bigint:
                    _copy.Write(Convert.ToInt64(v, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                    break;
                case var v when _types[i] == NpgsqlDbType.Double:
                    _copy.Write(Convert.ToDouble(v, CultureInfo.InvariantCulture), NpgsqlDbType.Double);
                    break;
                case byte[] bytes when _types[i] == NpgsqlDbType.Bytea:
                    _copy.Write(bytes, NpgsqlDbType.Bytea);
                    break;
                case var v when _types[i] == NpgsqlDbType.Bytea:
                    throw new InvalidOperationException($"a {v.GetType().Name} cannot be copied into a BYTEA column");
                case var v:
                    _copy.Write(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "", NpgsqlDbType.Text);
                    break;
            }
        }
    }

    /// <summary>Ends the COPY (the rows are written when this returns) and returns how many rows it wrote.</summary>
    public ulong Complete() => _copy.Complete();

    public void Dispose() => _copy.Dispose();
}
