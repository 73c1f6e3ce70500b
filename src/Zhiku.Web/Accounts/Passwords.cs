using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Zhiku.Accounts;

namespace Zhiku.Web.Accounts;

/// <summary>Password hashes (ASP.NET Core's PBKDF2 hasher) and the random passwords shown once: the web app and the CLI alike.</summary>
public static class Passwords
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>A hash to store for a password.</summary>
    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>A new random password of 16 letters, digits and x/y (96 bits), to be shown once.</summary>
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
}
