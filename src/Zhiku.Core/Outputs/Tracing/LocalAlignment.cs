namespace Zhiku.Outputs.Tracing;

/// <summary>
/// Smith–Waterman local alignment of two unit sequences (match +2, mismatch −3, gap −3): the best-scoring pair of
/// segments, where they start and end, and how many units agree. Rows are kept two at a time, with each cell carrying
/// where its path began, so memory stays linear.
/// </summary>
internal static class LocalAlignment
{
    private const int Match = 2;
    private const int Mismatch = -3;
    private const int Gap = -3;

    /// <summary>The best local alignment of <paramref name="a"/>[aFrom..aTo) with <paramref name="b"/>[bFrom..bTo), or null when nothing scores.</summary>
    public static Alignment? Best(ulong[] a, int aFrom, int aTo, ulong[] b, int bFrom, int bTo)
    {
        var m = bTo - bFrom;
        var score = new int[2, m + 1];
        var startA = new int[2, m + 1];
        var startB = new int[2, m + 1];
        var matches = new int[2, m + 1];
        Alignment? best = null;
        var bestScore = 0;
        for (var i = 1; i <= aTo - aFrom; i++)
        {
            int cur = i & 1, prev = cur ^ 1;
            score[cur, 0] = 0;
            for (var j = 1; j <= m; j++)
            {
                var same = a[aFrom + i - 1] == b[bFrom + j - 1];
                var diagonal = score[prev, j - 1] + (same ? Match : Mismatch);
                var up = score[prev, j] + Gap;
                var left = score[cur, j - 1] + Gap;
                var s = Math.Max(0, Math.Max(diagonal, Math.Max(up, left)));
                score[cur, j] = s;
                if (s == 0)
                {
                    (startA[cur, j], startB[cur, j], matches[cur, j]) = (i, j, 0);
                }
                else if (s == diagonal)
                {
                    var fresh = score[prev, j - 1] == 0;
                    (startA[cur, j], startB[cur, j]) = fresh ? (i - 1, j - 1) : (startA[prev, j - 1], startB[prev, j - 1]);
                    matches[cur, j] = (fresh ? 0 : matches[prev, j - 1]) + (same ? 1 : 0);
                }
                else if (s == up)
                {
                    (startA[cur, j], startB[cur, j], matches[cur, j]) = (startA[prev, j], startB[prev, j], matches[prev, j]);
                }
                else
                {
                    (startA[cur, j], startB[cur, j], matches[cur, j]) = (startA[cur, j - 1], startB[cur, j - 1], matches[cur, j - 1]);
                }

                if (s > bestScore)
                {
                    bestScore = s;
                    best = new Alignment(aFrom + startA[cur, j], aFrom + i, bFrom + startB[cur, j], bFrom + j, matches[cur, j]);
                }
            }
        }

        return best;
    }
}
