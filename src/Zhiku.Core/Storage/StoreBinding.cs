using System.Text.Json;

namespace Zhiku.Storage;

/// <summary>
/// Which store a data directory belongs to, in <c>DIR/store.json</c>: its kind, the connection string without its
/// password, and the store's identity. A directory bound to a PostgreSQL store opens it without <c>--store</c>; the
/// password comes from <c>--store</c>/<c>ZHIKU_STORE</c> when given, else from Npgsql's PGPASSWORD or passfile.
/// </summary>
public sealed record StoreBinding(string Kind, string? Connection, string Identity)
{
    public const string FileName = "store.json";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgresql";

    public bool IsPostgres => Kind == Postgres;

    /// <summary>The binding of a data directory, or null when it has none (an embedded SQLite directory).</summary>
    /// <exception cref="InvalidDataException">The file is not a binding this build reads.</exception>
    public static StoreBinding? Read(DataDirectory directory)
    {
        var path = directory.BindingPath;
        if (!File.Exists(path))
        {
            return null;
        }

        StoreBinding? binding;
        try
        {
            binding = JsonSerializer.Deserialize<StoreBinding>(File.ReadAllText(path), StoreJson.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a store binding ({e.Message})", e);
        }

        if (binding is null || binding.Kind is not (Sqlite or Postgres) || string.IsNullOrWhiteSpace(binding.Identity)
            || (binding.IsPostgres && string.IsNullOrWhiteSpace(binding.Connection)))
        {
            throw new InvalidDataException(
                $"{path}: a store binding needs \"kind\" ({Sqlite} or {Postgres}), \"identity\" and, for {Postgres}, \"connection\"");
        }

        return binding;
    }

    /// <summary>The store this binding names (PostgreSQL only), read from the file; the password is not in it.</summary>
    public StoreLocation Location(DataDirectory directory) =>
        StoreLocation.Parse(Connection ?? "", directory.BindingPath);

    /// <summary>Writes the binding (through a temporary file, so that a reader never sees half of it).</summary>
    internal void Write(DataDirectory directory)
    {
        directory.EnsureExists();
        var temporary = directory.BindingPath + ".partial";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, new JsonSerializerOptions(StoreJson.Options) { WriteIndented = true }));
        File.Move(temporary, directory.BindingPath, overwrite: true);
    }
}
