using Zhiku.Model;

namespace Zhiku.Search.Indexing;

/// <summary>A work as the index projection reads it from the store, with the registry organisations linked to it.</summary>
internal sealed record IndexedWork(long Id, long OwnerOrg, AccessLevel Access, WorkRecord Record, long Sequence, IReadOnlyList<string>? Organisations = null)
{
    /// <summary>The public id of a work ("W42").</summary>
    public string PublicId => WorkIds.Format(Id);
}

/// <summary>Public work ids: "W" and the store's number.</summary>
public static class WorkIds
{
    public static string Format(long id) => "W" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses "W42" (or "42") to 42; null when it is not a work id.</summary>
    public static long? Parse(string id)
    {
        var digits = id.StartsWith('W') || id.StartsWith('w') ? id[1..] : id;
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
