using System.Globalization;
using Zhiku.Storage.Accounts;

namespace Zhiku.Accounts;

/// <summary>Account management: listing users, roles, disabling, passwords and tokens, each change audited.</summary>
public sealed partial class AccountStore
{
    /// <summary>Users by name: all of them, or those of one organisation.</summary>
    public IReadOnlyList<UserAccount> ListUsers(long? organisationId = null) => [.. _rows.List(organisationId).Select(r => Map(r)!)];

    /// <summary>How many API tokens a user has.</summary>
    public int CountTokens(long userId) => _rows.CountTokens(userId);

    public void SetRole(long userId, UserRole role, long? actorId) =>
        _rows.SetRole(userId, UserRoles.Name(role), new AuditEntry(actorId, "role", UserRoles.Name(role)));

    /// <summary>Disables or enables a user; either renews the security stamp, so no cookie issued before survives it.</summary>
    public void SetDisabled(long userId, bool disabled, long? actorId) =>
        _rows.SetDisabled(userId, disabled, NewStamp, new AuditEntry(actorId, disabled ? "disable" : "enable", null));

    /// <summary>
    /// Replaces a user's password hash (a reset by someone else, audited without the password) and renews the security
    /// stamp: every cookie session of the user ends.
    /// </summary>
    public void ResetPassword(long userId, string passwordHash, long? actorId) =>
        _rows.ResetPassword(userId, passwordHash, NewStamp, new AuditEntry(actorId, "reset-password", null));

    /// <summary>Deletes all API tokens of a user and returns how many there were.</summary>
    public int RevokeTokens(long userId, long? actorId)
    {
        var count = CountTokens(userId);
        _rows.DeleteTokens(userId, new AuditEntry(actorId, "revoke-tokens", count.ToString(CultureInfo.InvariantCulture)));
        return count;
    }

    /// <summary>The audit log of account changes, newest first: of one user, or of all users of an organisation.</summary>
    public IReadOnlyList<AccountChange> Changes(long? userId = null, long? organisationId = null, int limit = 200) =>
        [.. _rows.Changes(userId, organisationId, limit).Select(Map)];
}
