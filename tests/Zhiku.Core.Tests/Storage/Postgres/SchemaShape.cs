using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhiku.Tests.Storage.Postgres;

/// <summary>
/// A schema as lines a reader can compare: one per column (<c>users.user_name text NOT NULL</c>), per primary key,
/// per unique and per plain index (<c>users UNIQUE (lower(user_name))</c>), in PostgreSQL's type names.
/// </summary>
internal static partial class SchemaShape
{
    /// <summary>The bookkeeping tables of each engine, which are no part of Zhiku's schema.</summary>
    private static readonly string[] Bookkeeping = ["zhiku_schema"];

    public static SortedSet<string> FromSqlite(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        {
            var indexes = Rows(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')");
            var primary = Rows(connection, $"SELECT name, type, pk FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk");
            // A rowid table's single INTEGER PRIMARY KEY is the rowid: numbered by the engine, as an identity is.
            var rowid = primary.Count == 1 && Text(primary[0][1]) == "INTEGER" && !indexes.Any(i => Text(i[2]) == "pk");
            foreach (var column in Rows(connection, $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')"))
            {
                var name = Text(column[0]);
                var notNull = Convert.ToInt64(column[2], CultureInfo.InvariantCulture) == 1 || Convert.ToInt64(column[4], CultureInfo.InvariantCulture) > 0;
                lines.Add(Column(table, name, MapType(table, name, Text(column[1])), notNull,
                    column[3] is DBNull ? null : Text(column[3]), rowid && Convert.ToInt64(column[4], CultureInfo.InvariantCulture) > 0));
            }

            if (primary.Count > 0)
            {
                lines.Add($"{table} PRIMARY KEY ({string.Join(", ", primary.Select(p => Text(p[0])))})");
            }

            foreach (var index in indexes.Where(i => Text(i[2]) != "pk"))
            {
                var keys = Rows(connection, $"SELECT name, coll FROM pragma_index_xinfo('{Text(index[0])}') WHERE key = 1 ORDER BY seqno")
                    .Select(k => string.Equals(Text(k[1]), "NOCASE", StringComparison.OrdinalIgnoreCase) ? $"lower({Text(k[0])})" : Text(k[0]));
                lines.Add($"{table} {(Convert.ToInt64(index[1], CultureInfo.InvariantCulture) == 1 ? "UNIQUE" : "INDEX")} ({string.Join(", ", keys)})");
            }
        }

        return lines;
    }

    public static SortedSet<string> FromPostgres(NpgsqlConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var column in Rows(connection, """
            SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity
            FROM information_schema.columns WHERE table_schema = 'public'
            """))
        {
            var table = Text(column[0]);
            if (!Bookkeeping.Contains(table))
            {
                lines.Add(Column(table, Text(column[1]), Text(column[2]), Text(column[3]) == "NO",
                    column[4] is DBNull ? null : Casts().Replace(Text(column[4]), ""), Text(column[5]) == "YES"));
            }
        }

        foreach (var index in Rows(connection, """
            SELECT t.relname, i.indisprimary, i.indisunique,
                   (SELECT string_agg(pg_get_indexdef(i.indexrelid, k, true), ', ' ORDER BY k)
                    FROM generate_series(1, i.indnkeyatts) k)
            FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public'
            """))
        {
            var table = Text(index[0]);
            if (!Bookkeeping.Contains(table))
            {
                var kind = index[1] is true ? "PRIMARY KEY" : index[2] is true ? "UNIQUE" : "INDEX";
                // Key words among the column names (position) come back quoted.
                lines.Add($"{table} {kind} ({Text(index[3]).Replace("\"", "", StringComparison.Ordinal)})");
            }
        }

        return lines;
    }

    private static string Column(string table, string name, string type, bool notNull, string? defaultValue, bool identity) =>
        $"{table}.{name} {type}{(notNull ? " NOT NULL" : "")}{(defaultValue is null ? "" : " DEFAULT " + defaultValue)}{(identity ? " IDENTITY" : "")}";

    private static string MapType(string table, string column, string sqliteType) => sqliteType.ToUpperInvariant() switch
    {
        "INTEGER" => "bigint",
        "TEXT" => "text",
        "REAL" => "double precision",
        "BLOB" => "bytea",
        _ => throw new InvalidOperationException($"{table}.{column}: the SQLite type '{sqliteType}' has no PostgreSQL type in this test yet"),
    };

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static List<string> Strings(System.Data.Common.DbConnection connection, string sql) =>
        [.. Rows(connection, sql).Select(r => Text(r[0]))];

    private static List<object[]> Rows(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    // A default as PostgreSQL prints it: '' then ::text.
    [GeneratedRegex("::[a-z ]+$")]
    private static partial Regex Casts();
}
