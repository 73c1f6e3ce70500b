using System.Data.Common;
using System.Globalization;

namespace Zhiku.Storage.Accounts;

/// <summary>A row of <c>users</c> with the name of the user's organisation.</summary>
internal sealed record UserRow(
    long Id, long OrganisationId, string OrganisationName, string UserName, string DisplayName, string Role, string PasswordHash,
    bool Disabled, string SecurityStamp);

/// <summary>A row of <c>account_changes</c> with the names of the actor and the user.</summary>
internal sealed record AccountChangeRow(long Id, string At, long? ActorId, string? ActorName, long UserId, string UserName, string Action, string? Detail);

/// <summary>Who changed an account, and what the audit log says of it.</summary>
internal sealed record AuditEntry(long? ActorId, string Action, string? Detail);

/// <summary>
/// The <c>users</c>, <c>api_tokens</c> and <c>account_changes</c> tables on a connection of their own (guarded by a
/// lock), so that sign-ins never wait on the single writer connection an import holds. User names compare without
/// regard to case through <c>lower(…)</c>; the schema keeps them unique the same way.
/// </summary>
internal sealed class AccountRows : IDisposable
{
    private const string SelectUser = "SELECT u.id, u.org_id, COALESCE(o.name, ''), u.user_name, u.display_name, u.role, u.password_hash, u.disabled, u.security_stamp FROM users u LEFT JOIN organisations o ON o.id = u.org_id";
    private readonly DbConnection _connection;
    private readonly Lock _lock = new();

    private AccountRows(DbConnection connection) => _connection = connection;

    /// <summary>Opens the accounts of a store (its schema must already be migrated, which opening the store does).</summary>
    public static AccountRows Open(KnowledgeStore store) => new(store.Dialect.OpenSideWriter());

    public int CountUsers() => (int)Locked(c => c.Long("SELECT COUNT(*) FROM users"));

    /// <summary>Adds a user and returns the new id.</summary>
    public long InsertUser(long organisationId, string userName, string displayName, string role, string passwordHash, string stamp) => Locked(c => c.Long(
        "INSERT INTO users(org_id, user_name, display_name, role, password_hash, created, security_stamp) VALUES (@org, @name, @display, @role, @hash, @created, @stamp) RETURNING id",
        ("@org", organisationId), ("@name", userName), ("@display", displayName), ("@role", role), ("@hash", passwordHash), ("@created", Now), ("@stamp", stamp)));

    public UserRow? ByName(string userName) => Locked(c => c.First($"{SelectUser} WHERE lower(u.user_name) = lower(@v)", User, ("@v", userName)));

    public UserRow? ById(long id) => Locked(c => c.First($"{SelectUser} WHERE u.id = @v", User, ("@v", id)));

    /// <summary>The enabled user a token hash belongs to, or null.</summary>
    public UserRow? ByTokenHash(string tokenHash) =>
        Locked(c => c.First($"{SelectUser} JOIN api_tokens t ON t.user_id = u.id WHERE t.token_hash = @v AND u.disabled = 0", User, ("@v", tokenHash)));

    /// <summary>Users by name: all of them, or those of one organisation.</summary>
    public IReadOnlyList<UserRow> List(long? organisationId) => Locked(c => (IReadOnlyList<UserRow>)[
        .. organisationId is { } org
            ? c.Query($"{SelectUser} WHERE u.org_id = @org ORDER BY lower(u.user_name)", User, ("@org", org))
            : c.Query($"{SelectUser} ORDER BY lower(u.user_name)", User),
    ]);

    public void SetPasswordHash(long userId, string passwordHash) =>
        Locked(c => c.Execute("UPDATE users SET password_hash = @hash WHERE id = @id", ("@hash", passwordHash), ("@id", userId)));

    public void InsertToken(long userId, string tokenHash, string name) => Locked(c => c.Execute(
        "INSERT INTO api_tokens(user_id, token_hash, name, created) VALUES (@user, @hash, @name, @created)",
        ("@user", userId), ("@hash", tokenHash), ("@name", name), ("@created", Now)));

    public int CountTokens(long userId) => (int)Locked(c => c.Long("SELECT COUNT(*) FROM api_tokens WHERE user_id = @id", ("@id", userId)));

    public void SetRole(long userId, string role, AuditEntry audit) =>
        Change(userId, audit, "UPDATE users SET role = @v WHERE id = @id", ("@v", role));

    /// <summary>Disables or enables a user with a new security stamp.</summary>
    public void SetDisabled(long userId, bool disabled, string stamp, AuditEntry audit) =>
        Change(userId, audit, "UPDATE users SET disabled = @v, security_stamp = @stamp WHERE id = @id", ("@v", disabled ? 1 : 0), ("@stamp", stamp));

    /// <summary>Replaces a user's password hash with a new security stamp.</summary>
    public void ResetPassword(long userId, string passwordHash, string stamp, AuditEntry audit) =>
        Change(userId, audit, "UPDATE users SET password_hash = @v, security_stamp = @stamp WHERE id = @id", ("@v", passwordHash), ("@stamp", stamp));

    public void DeleteTokens(long userId, AuditEntry audit) => Change(userId, audit, "DELETE FROM api_tokens WHERE user_id = @id");

    /// <summary>The audit log, newest first: of one user, or of all users of an organisation, or all.</summary>
    public IReadOnlyList<AccountChangeRow> Changes(long? userId, long? organisationId, int limit)
    {
        // Conditions only for the filters given: a NULL parameter has no type PostgreSQL could infer.
        var where = new List<string> { "1 = 1" };
        var parameters = new List<(string Name, object? Value)> { ("@limit", limit) };
        if (userId is { } user)
        {
            where.Add("c.user_id = @user");
            parameters.Add(("@user", user));
        }

        if (organisationId is { } org)
        {
            where.Add("u.org_id = @org");
            parameters.Add(("@org", org));
        }

        return Locked(c => (IReadOnlyList<AccountChangeRow>)[
            .. c.Query(
                $"""
                SELECT c.id, c.at, c.actor_id, a.user_name, c.user_id, COALESCE(u.user_name, ''), c.action, c.detail
                FROM account_changes c LEFT JOIN users u ON u.id = c.user_id LEFT JOIN users a ON a.id = c.actor_id
                WHERE {string.Join(" AND ", where)}
                ORDER BY c.id DESC LIMIT @limit
                """,
                r => new AccountChangeRow(r.GetInt64(0), r.GetString(1), r.NullableLong(2), r.NullableString(3), r.GetInt64(4), r.GetString(5), r.GetString(6), r.NullableString(7)),
                [.. parameters]),
        ]);
    }

    /// <summary>The organisations that share with an organisation.</summary>
    public IReadOnlyList<long> OrganisationsSharingWith(long organisationId) => Locked(c => Partners.SharingWith(c, organisationId));

    // The update and its audit entry in one transaction: a change is never made without its record.
    private void Change(long userId, AuditEntry audit, string sql, params (string Name, object? Value)[] values)
    {
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            using (var update = _connection.Command(tx, sql, [.. values, ("@id", userId)]))
            {
                update.ExecuteNonQuery();
            }

            using (var insert = _connection.Command(tx,
                "INSERT INTO account_changes(at, actor_id, user_id, action, detail) VALUES (@at, @actor, @user, @action, @detail)",
                ("@at", Now), ("@actor", audit.ActorId), ("@user", userId), ("@action", audit.Action), ("@detail", audit.Detail)))
            {
                insert.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }

    private T Locked<T>(Func<DbConnection, T> read)
    {
        lock (_lock)
        {
            return read(_connection);
        }
    }

    private static UserRow User(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
            Convert.ToInt64(r.GetValue(7), CultureInfo.InvariantCulture) != 0, r.GetString(8));

    private static string Now => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    public void Dispose() => _connection.Dispose();
}
