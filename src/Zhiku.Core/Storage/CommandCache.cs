using System.Data.Common;
using Zhiku.Storage.Dialects;

namespace Zhiku.Storage;

/// <summary>
/// Prepared commands reused within one transaction, so a bulk import compiles each statement once. Values are bound to
/// the positional placeholders <c>$1</c>, <c>$2</c>, ... the way the store's dialect binds them. Writes whose result
/// nobody reads (<see cref="Defer"/>) travel together in one batch where the dialect batches them (PostgreSQL), sent
/// before any other statement runs, so every statement still sees the writes made before it.
/// </summary>
internal sealed class CommandCache(DbConnection connection, DbTransaction transaction, SqlDialect dialect) : IDisposable
{
    // A batch is sent when it holds this many statements (a chunk of an import is sent in a few round trips).
    private const int MaxDeferred = 1000;

    private readonly List<(string Sql, object?[] Values)> _deferred = [];
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), string> _texts = [];
    private readonly Dictionary<string, (string[] Columns, List<object?[]> Rows)> _appends = new(StringComparer.Ordinal);

    public DbTransaction Transaction => transaction;

    /// <summary>Runs a command and returns its first value as a long, or null.</summary>
    public long? Long(string sql, params object?[] values)
    {
        var result = Bind(sql, values).ExecuteScalar();
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a command for its effect.</summary>
    public int Execute(string sql, params object?[] values) => Bind(sql, values).ExecuteNonQuery();

    /// <summary>Whether <see cref="Defer"/> keeps writes for a batch (else it runs each at once).</summary>
    public bool Batches => dialect.BatchesWrites;

    /// <summary>
    /// Runs a write whose outcome nobody reads: at once, or kept and sent with the other kept writes in one round trip
    /// before the next statement that is not deferred (or the commit), in the order they were made.
    /// </summary>
    public void Defer(string sql, params object?[] values)
    {
        if (!dialect.BatchesWrites)
        {
            Execute(sql, values);
            return;
        }

        _deferred.Add((sql, values));
        if (_deferred.Count >= MaxDeferred)
        {
            FlushDeferred();
        }
    }

    /// <summary>Sends the deferred writes in one batch.</summary>
    public void FlushDeferred()
    {
        if (_deferred.Count == 0)
        {
            return;
        }

        using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var (sql, values) in _deferred)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = dialect.PositionalName(i + 1);
                parameter.Value = values[i] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        _deferred.Clear();
        batch.ExecuteNonQuery();
    }
    /// <summary>
    /// Inserts many rows into <paramref name="into"/> ("table(a, b)"), each holding one value per column; rows whose key
    /// is already stored are skipped. How the rows travel is the dialect's (multi-row VALUES, COPY).
    /// </summary>
    public void InsertRows(string into, int columns, IReadOnlyList<object?[]> rows) => dialect.InsertRows(this, into, columns, rows);

    /// <summary>
    /// Appends a row to an append-only table that nothing in this transaction reads back (the change feed): inserted at
    /// once, or kept until <see cref="FlushAppends"/> where the dialect copies rows in bulk (PostgreSQL's COPY).
    /// </summary>
    public void Append(string table, string[] columns, params object?[] values)
    {
        if (!dialect.BuffersAppends)
        {
            Execute(Text((table, -columns.Length), () =>
                $"INSERT INTO {table}({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))})"),
                values);
            return;
        }

        if (!_appends.TryGetValue(table, out var buffer))
        {
            _appends[table] = buffer = (columns, []);
        }

        buffer.Rows.Add(values);
    }

    /// <summary>Writes the rows <see cref="Append"/> kept, before the transaction commits.</summary>
    public void FlushAppends()
    {
        FlushDeferred();
        foreach (var (table, (columns, rows)) in _appends)
        {
            if (rows.Count > 0)
            {
                dialect.CopyRows(connection, table, columns, rows);
                rows.Clear();
            }
        }
    }

    /// <summary>SQL text built once per key (a statement for a number of rows) and kept for the transaction.</summary>
    public string Text((string, int) key, Func<string> build)
    {
        if (!_texts.TryGetValue(key, out var sql))
        {
            _texts[key] = sql = build();
        }

        return sql;
    }

    /// <summary>Binds positional values to $1, $2, ... of the cached command.</summary>
    public DbCommand Bind(string sql, params object?[] values)
    {
        FlushDeferred();
        var known = _commands.TryGetValue(sql, out var cmd);
        if (!known)
        {
            cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Transaction = transaction;
            _commands[sql] = cmd;
        }

        // A statement runs with the same number of values each time: its parameters are made once and only their values change.
        var parameters = cmd!.Parameters;
        if (parameters.Count != values.Length)
        {
            parameters.Clear();
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = cmd.CreateParameter();
                parameter.ParameterName = dialect.PositionalName(i + 1);
                parameters.Add(parameter);
            }
        }

        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        if (!known)
        {
            dialect.Prepare(cmd);
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
        _deferred.Clear();
    }
}
