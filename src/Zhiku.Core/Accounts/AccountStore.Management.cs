using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Zhiku.Accounts;

/// <summary>Account management: listing users, roles, disabling, passwords and tokens, each change audited.</summary>
public sealed partial class AccountStore
{
    /// <summary>Users by name: all of them, or those of one organisation.</summary>
    public IReadOnlyList<UserAccount> ListUsers(long? organisationId = null)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = organisationId is null ? $"{Select} ORDER BY u.user_name" : $"{Select} WHERE u.org_id = $org ORDER BY u.user_name";
            if (organisationId is { } org)
            {
                cmd.Parameters.AddWithValue("$org", org);
            }

            using var reader = cmd.ExecuteReader();
            var users = new List<UserAccount>();
            while (reader.Read())
            {
                users.Add(Read(reader));
            }

            return users;
        }
    }

    /// <summary>How many API tokens a user has.</summary>
    public int CountTokens(long userId) =>
        Convert.ToInt32(Scalar("SELECT COUNT(*) FROM api_tokens WHERE user_id = $id", ("$id", userId)), CultureInfo.InvariantCulture);

    public void SetRole(long userId, UserRole role, long? actorId) => Change(userId, actorId, "role", UserRoles.Name(role),
        "UPDATE users SET role = $v WHERE id = $id", UserRoles.Name(role));

    /// <summary>Disables or enables a user; either renews the security stamp, so no cookie issued before survives it.</summary>
    public void SetDisabled(long userId, bool disabled, long? actorId) => Change(userId, actorId, disabled ? "disable" : "enable", null,
        $"UPDATE users SET disabled = $v, security_stamp = {NewStampSql} WHERE id = $id", disabled ? 1 : 0);

    /// <summary>
    /// Replaces a user's password hash (a reset by someone else, audited without the password) and renews the security
    /// stamp: every cookie session of the user ends.
    /// </summary>
    public void ResetPassword(long userId, string passwordHash, long? actorId) => Change(userId, actorId, "reset-password", null,
        $"UPDATE users SET password_hash = $v, security_stamp = {NewStampSql} WHERE id = $id", passwordHash);

    /// <summary>Deletes all API tokens of a user and returns how many there were.</summary>
    public int RevokeTokens(long userId, long? actorId)
    {
        var count = CountTokens(userId);
        Change(userId, actorId, "revoke-tokens", count.ToString(CultureInfo.InvariantCulture), "DELETE FROM api_tokens WHERE user_id = $id", 0);
        return count;
    }

    /// <summary>The audit log of account changes, newest first: of one user, or of all users of an organisation.</summary>
    public IReadOnlyList<AccountChange> Changes(long? userId = null, long? organisationId = null, int limit = 200)
    {
        lock (_lock)
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = """
                SELECT c.id, c.at, c.actor_id, a.user_name, c.user_id, COALESCE(u.user_name, ''), c.action, c.detail
                FROM account_changes c LEFT JOIN users u ON u.id = c.user_id LEFT JOIN users a ON a.id = c.actor_id
                WHERE ($user IS NULL OR c.user_id = $user) AND ($org IS NULL OR u.org_id = $org)
                ORDER BY c.id DESC LIMIT $limit
                """;
            cmd.Parameters.AddWithValue("$user", (object?)userId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$org", (object?)organisationId ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$limit", limit);
            using var reader = cmd.ExecuteReader();
            var changes = new List<AccountChange>();
            while (reader.Read())
            {
                changes.Add(new AccountChange(
                    reader.GetInt64(0),
                    DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                    reader.IsDBNull(2) ? null : reader.GetInt64(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.GetInt64(4),
                    reader.GetString(5),
                    reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetString(7)));
            }

            return changes;
        }
    }

    // The update and its audit entry in one transaction: a change is never made without its record.
    private void Change(long userId, long? actorId, string action, string? detail, string sql, object value)
    {
        lock (_lock)
        {
            using var tx = _connection.BeginTransaction();
            using (var update = _connection.CreateCommand())
            {
                update.Transaction = tx;
                update.CommandText = sql;
                update.Parameters.AddWithValue("$v", value);
                update.Parameters.AddWithValue("$id", userId);
                update.ExecuteNonQuery();
            }

            using (var audit = _connection.CreateCommand())
            {
                audit.Transaction = tx;
                audit.CommandText = "INSERT INTO account_changes(at, actor_id, user_id, action, detail) VALUES ($at, $actor, $user, $action, $detail)";
                audit.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                audit.Parameters.AddWithValue("$actor", (object?)actorId ?? DBNull.Value);
                audit.Parameters.AddWithValue("$user", userId);
                audit.Parameters.AddWithValue("$action", action);
                audit.Parameters.AddWithValue("$detail", (object?)detail ?? DBNull.Value);
                audit.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }
}
