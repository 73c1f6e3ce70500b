namespace Zhiku.Accounts;

/// <summary>A user of the web platform. The password hash is opaque here: the web app hashes and verifies it.</summary>
public sealed record UserAccount(
    long Id, long OrganisationId, string OrganisationName, string UserName, string DisplayName, UserRole Role, string PasswordHash)
{
    /// <summary>A disabled user cannot sign in, and their cookies and tokens no longer authenticate.</summary>
    public bool Disabled { get; init; }

    /// <summary>Renewed by a password reset and by disabling; a sign-in cookie with another stamp no longer authenticates.</summary>
    public string SecurityStamp { get; init; } = string.Empty;
}
