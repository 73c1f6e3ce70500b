namespace Zhiku.Analytics;

/// <summary>
/// A small seeded generator (SplitMix64) so that analyses give the same answer on every .NET version;
/// System.Random's sequence is not guaranteed across runtimes.
/// </summary>
internal sealed class SeededRandom(long seed)
{
    private ulong state = unchecked((ulong)seed);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        // Steele, Lea & Flood (2014), "Fast splittable pseudorandom number generators".
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, count).</summary>
    public int Next(int count) => (int)((NextBits() >> 33) * (ulong)count >> 31);

    /// <summary>A random permutation of 0..count-1 (Fisher–Yates).</summary>
    public int[] Permutation(int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
