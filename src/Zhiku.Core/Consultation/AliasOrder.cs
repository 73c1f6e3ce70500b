using System.Globalization;

namespace Zhiku.Consultation;

/// <summary>
/// The order of panellist aliases (E1, E2, …, E10): by their letters, then by their number, so that a panel of more
/// than nine does not read E1, E10, E2 as text would sort it.
/// </summary>
public sealed class AliasOrder : IComparer<string>
{
    public static AliasOrder Instance { get; } = new();

    private AliasOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        var (a, m) = Split(x ?? "");
        var (b, n) = Split(y ?? "");
        var byLetters = string.CompareOrdinal(a, b);
        return byLetters != 0 ? byLetters : m != n ? m.CompareTo(n) : string.CompareOrdinal(x, y);
    }

    // The letters before the trailing number and the number (0 when there is none or it is too long to read).
    private static (string Letters, long Number) Split(string alias)
    {
        var at = alias.Length;
        while (at > 0 && char.IsAsciiDigit(alias[at - 1]))
        {
            at--;
        }

        return (alias[..at], long.TryParse(alias[at..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
    }
}
