using System.Globalization;

namespace Zhiku.Knowledge.Reading;

/// <summary>Public ids of people ("P42"), organisations ("O7") and projects ("R3"); works use <c>WorkIds</c> ("W42").</summary>
public static class EntityIds
{
    public const char Person = 'P';
    public const char Organisation = 'O';
    public const char Project = 'R';

    public static string Format(char prefix, long id) => prefix + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses "P42" (or "42") for the given prefix; null when it is not such an id.</summary>
    public static long? Parse(char prefix, string id)
    {
        var digits = id.Length > 0 && char.ToUpperInvariant(id[0]) == prefix ? id[1..] : id;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
