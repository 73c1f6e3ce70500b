using Microsoft.Data.Sqlite;

namespace Zhiku.Storage;

/// <summary>Prepared commands reused within one transaction, so a bulk import compiles each statement once.</summary>
internal sealed class CommandCache(KnowledgeStore store, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteTransaction Transaction => transaction;

    /// <summary>The command for <paramref name="sql"/> with its parameters cleared.</summary>
    public SqliteCommand Get(string sql)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = store.Command(sql, transaction);
            // Without an explicit Prepare, Microsoft.Data.Sqlite compiles the SQL again on every execution.
            cmd.Prepare();
            _commands[sql] = cmd;
        }

        cmd.Parameters.Clear();
        return cmd;
    }

    /// <summary>Runs a command and returns its first value as a long, or null.</summary>
    public long? Long(string sql, params object?[] values)
    {
        var cmd = Bind(sql, values);
        var result = cmd.ExecuteScalar();
        return result is null or DBNull ? null : Convert.ToInt64(result);
    }

    /// <summary>Runs a command for its effect.</summary>
    public int Execute(string sql, params object?[] values) => Bind(sql, values).ExecuteNonQuery();

    /// <summary>
    /// Inserts many rows with one statement per batch of up to 64 rows: <paramref name="insert"/> is the statement up to
    /// VALUES ("INSERT INTO t(a, b) VALUES"), each row holds one value per column.
    /// </summary>
    public void InsertRows(string insert, int columns, IReadOnlyList<object?[]> rows)
    {
        const int MaxRows = 64;
        for (var start = 0; start < rows.Count; start += MaxRows)
        {
            var count = Math.Min(MaxRows, rows.Count - start);
            var values = new object?[count * columns];
            for (var r = 0; r < count; r++)
            {
                Array.Copy(rows[start + r], 0, values, r * columns, columns);
            }

            Execute(RowsSql(insert, columns, count), values);
        }
    }

    private readonly Dictionary<(string, int), string> _rowsSql = [];

    private string RowsSql(string insert, int columns, int count)
    {
        if (!_rowsSql.TryGetValue((insert, count), out var sql))
        {
            var tuples = Enumerable.Range(0, count).Select(r =>
                "(" + string.Join(", ", Enumerable.Range(1, columns).Select(c => "$" + ((r * columns) + c).ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")");
            sql = insert + " " + string.Join(", ", tuples);
            _rowsSql[(insert, count)] = sql;
        }

        return sql;
    }

    /// <summary>Binds positional values to $1, $2, ... of the cached command.</summary>
    public SqliteCommand Bind(string sql, params object?[] values)
    {
        var cmd = Get(sql);
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters.AddWithValue("$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
        }

        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in _commands.Values)
        {
            cmd.Dispose();
        }

        _commands.Clear();
    }
}
