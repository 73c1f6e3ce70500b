namespace Zhiku.Accounts;

/// <summary>How roles are written in the store, in claims and on the command line.</summary>
public static class UserRoles
{
    public static string Name(UserRole role) => role.ToString().ToLowerInvariant();

    public static UserRole Parse(string name) => Enum.TryParse<UserRole>(name, ignoreCase: true, out var role) && Enum.IsDefined(role)
        ? role
        : throw new ArgumentException($"unknown role '{name}': use administrator, manager, analyst, expert or viewer");

    /// <summary>Roles that read their organisation's restricted records.</summary>
    public static bool MaySeeRestricted(UserRole role) => role is UserRole.Administrator or UserRole.Manager;

    /// <summary>Roles that may import into the knowledge base.</summary>
    public static bool MayImport(UserRole role) => role is UserRole.Administrator or UserRole.Manager or UserRole.Analyst;
}
