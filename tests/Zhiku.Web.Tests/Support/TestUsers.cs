using Zhiku.Accounts;

namespace Zhiku.Web.Tests.Support;

/// <summary>A user of the seeded platform with their password and API token.</summary>
public sealed record TestUser(string Name, UserRole Role, string Organisation, string Password, string Token);

/// <summary>The users of the seeded platform by name.</summary>
public static class TestUsers
{
    public const string Password = "correct horse battery";

    /// <summary>The demo organisation's members, one per role, then a partner's and a stranger's viewer.</summary>
    public static readonly string[] Names = ["administrator", "manager", "analyst", "expert", "viewer", "partner", "stranger"];
}
