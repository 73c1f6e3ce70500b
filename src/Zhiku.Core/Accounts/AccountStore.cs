using System.Globalization;
using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Storage;

namespace Zhiku.Accounts;

/// <summary>
/// Users and API tokens in the store. It keeps its own connection (guarded by a lock) so that sign-ins never wait on
/// the single writer connection an import holds.
/// </summary>
public sealed partial class AccountStore : IDisposable
{
    private const string Select = "SELECT u.id, u.org_id, COALESCE(o.name, ''), u.user_name, u.display_name, u.role, u.password_hash, u.disabled, u.security_stamp FROM users u LEFT JOIN organisations o ON o.id = u.org_id";
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private AccountStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens the accounts of a knowledge base's data directory.</summary>
    public static AccountStore Open(Knowledge.KnowledgeBase kb) => Open(kb.Store);

    /// <summary>Opens the accounts of a store (its schema must already be migrated, which opening the store does).</summary>
    public static AccountStore Open(KnowledgeStore store)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = store.Directory.DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA busy_timeout = 10000;";
        cmd.ExecuteNonQuery();
        return new AccountStore(connection);
    }

    public int CountUsers() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM users"), CultureInfo.InvariantCulture);

    /// <summary>Creates a user; the user name must be new.</summary>
    public UserAccount CreateUser(long organisationId, string userName, string displayName, UserRole role, string passwordHash)
    {
        userName = UserNames.Normalize(userName);
        if (UserNames.Problem(userName) is { } problem)
        {
            throw new ArgumentException(problem);
        }

        if (FindByName(userName) is not null)
        {
            throw new ArgumentException($"the user name '{userName}' is taken");
        }

        var id = Convert.ToInt64(Scalar(
            "INSERT INTO users(org_id, user_name, display_name, role, password_hash, created, security_stamp) VALUES ($org, $name, $display, $role, $hash, $created, $stamp) RETURNING id",
            ("$org", organisationId), ("$name", userName), ("$display", displayName), ("$role", UserRoles.Name(role)),
            ("$hash", passwordHash), ("$created", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("$stamp", NewStamp)), CultureInfo.InvariantCulture);
        return FindById(id)!;
    }

    /// <summary>The user of a name as typed (normalised as <see cref="UserNames.Normalize"/> does), or null.</summary>
    public UserAccount? FindByName(string userName) => One($"{Select} WHERE u.user_name = $v", UserNames.Normalize(userName));

    public UserAccount? FindById(long id) => One($"{Select} WHERE u.id = $v", id);

    /// <summary>The user a bearer token belongs to, or null for an unknown token or a disabled user.</summary>
    public UserAccount? FindByToken(string token) =>
        One($"{Select} JOIN api_tokens t ON t.user_id = u.id WHERE t.token_hash = $v AND u.disabled = 0", ApiTokens.Hash(token));

    public void SetPasswordHash(long userId, string passwordHash) =>
        Scalar("UPDATE users SET password_hash = $hash WHERE id = $id", ("$hash", passwordHash), ("$id", userId));

    /// <summary>Creates an API token for a user and returns it; only its hash is kept.</summary>
    public string CreateToken(long userId, string name)
    {
        var token = ApiTokens.Generate();
        Scalar("INSERT INTO api_tokens(user_id, token_hash, name, created) VALUES ($user, $hash, $name, $created)",
            ("$user", userId), ("$hash", ApiTokens.Hash(token)), ("$name", name),
            ("$created", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        return token;
    }

    /// <summary>The caller a user reads as: their organisation, its partners' shared records, restricted by role.</summary>
    public Caller CallerFor(UserAccount user)
    {
        IReadOnlyList<long> sharing;
        lock (_lock)
        {
            sharing = Storage.Partners.SharingWith(_connection, user.OrganisationId);
        }

        return new Caller { OrganisationId = user.OrganisationId, SharingOrganisations = sharing, MaySeeRestricted = UserRoles.MaySeeRestricted(user.Role), MaySeeFilePaths = user.Role == UserRole.Administrator };
    }

    private UserAccount? One(string sql, object value)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.Parameters.AddWithValue("$v", value);
            using var reader = cmd.ExecuteReader();
            return reader.Read() ? Read(reader) : null;
        }
    }

    private static UserAccount Read(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            UserRoles.Parse(reader.GetString(5)), reader.GetString(6))
        {
            Disabled = reader.GetInt64(7) != 0,
            SecurityStamp = reader.GetString(8),
        };

    // SQL for a fresh random stamp, so that an update and its new stamp are one statement.
    private const string NewStampSql = "lower(hex(randomblob(16)))";

    private static string NewStamp => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                cmd.Parameters.AddWithValue(name, value);
            }

            return cmd.ExecuteScalar();
        }
    }

    public void Dispose() => _connection.Dispose();
}
