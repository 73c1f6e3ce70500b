using System.Globalization;
using Zhiku.Access;
using Zhiku.Storage;
using Zhiku.Storage.Accounts;

namespace Zhiku.Accounts;

/// <summary>
/// Users and API tokens in the store. It keeps its own connection (guarded by a lock) so that sign-ins never wait on
/// the single writer connection an import holds.
/// </summary>
public sealed partial class AccountStore : IDisposable
{
    private readonly AccountRows _rows;

    private AccountStore(AccountRows rows) => _rows = rows;

    /// <summary>Opens the accounts of a knowledge base's data directory.</summary>
    public static AccountStore Open(Knowledge.KnowledgeBase kb) => Open(kb.Store);

    /// <summary>Opens the accounts of a store (its schema must already be migrated, which opening the store does).</summary>
    public static AccountStore Open(KnowledgeStore store) => new(AccountRows.Open(store));

    public int CountUsers() => _rows.CountUsers();

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

        var id = _rows.InsertUser(organisationId, userName, displayName, UserRoles.Name(role), passwordHash, NewStamp);
        return FindById(id)!;
    }

    /// <summary>The user of a name as typed (normalised as <see cref="UserNames.Normalize"/> does), or null.</summary>
    public UserAccount? FindByName(string userName) => Map(_rows.ByName(UserNames.Normalize(userName)));

    public UserAccount? FindById(long id) => Map(_rows.ById(id));

    /// <summary>The user a bearer token belongs to, or null for an unknown token or a disabled user.</summary>
    public UserAccount? FindByToken(string token) => Map(_rows.ByTokenHash(ApiTokens.Hash(token)));

    public void SetPasswordHash(long userId, string passwordHash) => _rows.SetPasswordHash(userId, passwordHash);

    /// <summary>Creates an API token for a user and returns it; only its hash is kept.</summary>
    public string CreateToken(long userId, string name)
    {
        var token = ApiTokens.Generate();
        _rows.InsertToken(userId, ApiTokens.Hash(token), name);
        return token;
    }

    /// <summary>The caller a user reads as: their organisation, its partners' shared records, restricted by role.</summary>
    public Caller CallerFor(UserAccount user) => new()
    {
        OrganisationId = user.OrganisationId,
        SharingOrganisations = _rows.OrganisationsSharingWith(user.OrganisationId),
        MaySeeRestricted = UserRoles.MaySeeRestricted(user.Role),
        MaySeeFilePaths = user.Role == UserRole.Administrator,
    };

    private static UserAccount? Map(UserRow? row) => row is null ? null :
        new(row.Id, row.OrganisationId, row.OrganisationName, row.UserName, row.DisplayName, UserRoles.Parse(row.Role), row.PasswordHash)
        {
            Disabled = row.Disabled,
            SecurityStamp = row.SecurityStamp,
        };

    // A fresh random stamp for a new user, a password reset or a disabling.
    private static string NewStamp => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private static AccountChange Map(AccountChangeRow row) => new(
        row.Id, DateTimeOffset.Parse(row.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), row.ActorId, row.ActorName,
        row.UserId, row.UserName, row.Action, row.Detail);

    public void Dispose() => _rows.Dispose();
}
