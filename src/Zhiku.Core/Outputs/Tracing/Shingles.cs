namespace Zhiku.Outputs.Tracing;

/// <summary>
/// The shingles of a text: the hash of each run of <see cref="Length"/> consecutive units (five Chinese characters or
/// five words), one per unit position it starts at.
/// </summary>
internal static class Shingles
{
    /// <summary>Five units: long enough that two unrelated policy texts rarely share one, short enough that a few edits leave most intact.</summary>
    public const int Length = 5;

    public static ulong[] Of(TextUnits units)
    {
        var count = Math.Max(0, units.Count - Length + 1);
        var result = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var k = 0; k < Length; k++)
            {
                h = Mix(h ^ units.Hashes[i + k]);
            }

            result[i] = h;
        }

        return result;
    }

    /// <summary>SplitMix64's finaliser: a cheap, well-spread 64-bit mix.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
