namespace Zhiku.Outputs.Tracing;

/// <summary>
/// MinHash signatures of overlapping windows of a text's shingles. A window is <see cref="Window"/> shingles (about
/// 28 characters of Chinese) starting every <see cref="Stride"/>: a reused passage of 50 characters holds at least
/// two whole windows, and some window of the document lies within four shingles of each, so their Jaccard similarity
/// stays near 0.4 even after three edits. Boilerplate shingles are left out before hashing; a window with fewer than
/// <see cref="MinShingles"/> of the rest has no signature.
/// </summary>
internal static class MinHashWindows
{
    public const int Window = 24;
    public const int Stride = 8;
    public const int MinShingles = 8;

    /// <summary>64 hash functions: 32 bands of 2 rows. A pair of windows with Jaccard 0.25 becomes a candidate with probability 0.88, at 0.4 with 0.996, at 0.05 with 0.08.</summary>
    public const int Hashes = 64;
    public const int Rows = 2;
    public const int BandCount = Hashes / Rows;

    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Hashes).Select(i => Shingles.Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    /// <summary>Each window's first shingle and its signature.</summary>
    public static IEnumerable<(int First, ulong[] Signature)> Of(ulong[] shingles, Func<ulong, bool> informative)
    {
        if (shingles.Length == 0)
        {
            yield break;
        }

        // Every Stride shingles, and a last window that ends where the text ends, so no tail is left unseen.
        var last = Math.Max(0, shingles.Length - Window);
        var firsts = Enumerable.Range(0, (last / Stride) + 1).Select(k => k * Stride).ToList();
        if (firsts[^1] != last)
        {
            firsts.Add(last);
        }

        foreach (var first in firsts)
        {
            var signature = Signature(shingles, first, Math.Min(Window, shingles.Length - first), informative);
            if (signature is not null)
            {
                yield return (first, signature);
            }
        }
    }

    /// <summary>The band keys of a signature: band number and its rows, hashed together.</summary>
    public static IEnumerable<ulong> BandKeys(ulong[] signature)
    {
        for (var b = 0; b < BandCount; b++)
        {
            var key = Shingles.Mix((ulong)b + 1);
            for (var r = 0; r < Rows; r++)
            {
                key = Shingles.Mix(key ^ signature[(b * Rows) + r]);
            }

            yield return key;
        }
    }

    private static ulong[]? Signature(ulong[] shingles, int from, int count, Func<ulong, bool> informative)
    {
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        var used = 0;
        for (var k = from; k < from + count; k++)
        {
            var shingle = shingles[k];
            if (!informative(shingle))
            {
                continue;
            }

            used++;
            for (var i = 0; i < Hashes; i++)
            {
                var h = Shingles.Mix(shingle ^ Seeds[i]);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return used >= MinShingles ? signature : null;
    }
}
