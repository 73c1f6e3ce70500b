using System.Data.Common;
using System.Globalization;

namespace Zhiku.Storage;

/// <summary>
/// Commands on the ADO.NET base types with named parameters written <c>@name</c>, which SQLite and PostgreSQL both
/// accept; every statement of the store's table families runs through these.
/// </summary>
internal static class Db
{
    /// <summary>A command with its named parameters bound (null as SQL NULL).</summary>
    public static DbCommand Command(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        connection.Command(null, sql, parameters);

    /// <summary>A command inside a transaction with its named parameters bound.</summary>
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.Add(cmd.Parameter(name, value));
        }

        return cmd;
    }

    /// <summary>A parameter of a command, not yet added to it.</summary>
    public static DbParameter Parameter(this DbCommand cmd, string name, object? value)
    {
        var parameter = cmd.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>The rows of a query, mapped one by one as they are read (the connection stays busy until enumerated).</summary>
    public static IEnumerable<T> Query<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return map(reader);
        }
    }

    /// <summary>The first row of a query, mapped, or the default when there is none.</summary>
    public static T? First<T>(this DbConnection connection, string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? map(reader) : default;
    }

    /// <summary>The first value of a query, or null.</summary>
    public static object? Scalar(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.Command(sql, parameters);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>The first value of a query as a long (0 when there is none).</summary>
    public static long Long(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(connection.Scalar(sql, parameters) ?? 0L, CultureInfo.InvariantCulture);

    /// <summary>Runs a statement for its effect and returns how many rows it changed.</summary>
    public static int Execute(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.Command(sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    /// <summary>A nullable long column.</summary>
    public static long? NullableLong(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>A nullable text column.</summary>
    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
