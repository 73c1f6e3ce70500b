using Zhiku.Model;

namespace Zhiku.Storage;

/// <summary>How access levels are written in the store and the index.</summary>
public static class AccessLevels
{
    public static string Name(AccessLevel level) => level switch
    {
        AccessLevel.Public => "public",
        AccessLevel.Shared => "shared",
        AccessLevel.Internal => "internal",
        AccessLevel.Restricted => "restricted",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static AccessLevel Parse(string name) => name.ToLowerInvariant() switch
    {
        "public" => AccessLevel.Public,
        "shared" => AccessLevel.Shared,
        "internal" => AccessLevel.Internal,
        "restricted" => AccessLevel.Restricted,
        _ => throw new ArgumentException($"unknown access level '{name}': use public, shared, internal or restricted"),
    };
}
