using System.Security.Cryptography;
using System.Text;

namespace Zhiku.Accounts;

/// <summary>API bearer tokens: random, shown once, stored only as a SHA-256 hash.</summary>
public static class ApiTokens
{
    public const string Prefix = "zk_";

    public static string Generate() =>
        Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
