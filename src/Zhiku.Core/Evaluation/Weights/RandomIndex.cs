namespace Zhiku.Evaluation.Weights;

/// <summary>Random index RI(n) per table; RI = 0 for n ≤ 2 (every 2×2 reciprocal matrix is consistent).</summary>
public static class RandomIndex
{
    // Saaty (1980) as in pyDecision, n = 1..15.
    private static readonly double[] Saaty1980 = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

    // Saaty (2005), Theory and Applications of the ANP, p. 31, as in AHPy, n = 3..15.
    private static readonly double[] Saaty2005 = [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59];

    // Alonso & Lamata (2006) as in R ahp, n = 3..15; beyond, (1.7699 n − 4.3513)/(n − 1).
    private static readonly double[] AlonsoLamata = [0, 0, 0.5247, 0.8816, 1.1086, 1.2479, 1.3417, 1.4057, 1.4499, 1.4854, 1.514, 1.5365, 1.5551, 1.5713, 1.5838];

    // Tummala & Ling (1998) as in pymcdm, n = 1..15.
    private static readonly double[] TummalaLing = [0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831];

    // Donegan & Dodd (1991) as in AHPy, which interpolates linearly between the listed orders.
    private static readonly (int N, double Ri)[] DoneganDodd =
    [
        (3, 0.4914), (4, 0.8286), (5, 1.0591), (6, 1.1797), (7, 1.2519), (8, 1.3171), (9, 1.3733), (10, 1.4055),
        (11, 1.4213), (12, 1.4497), (13, 1.4643), (14, 1.4822), (15, 1.4969), (16, 1.5078), (17, 1.5153), (18, 1.5262),
        (19, 1.5313), (20, 1.5371), (25, 1.5619), (30, 1.5772), (40, 1.5976), (50, 1.6102), (60, 1.6178), (70, 1.6237),
        (80, 1.6277), (90, 1.6213), (100, 1.6339),
    ];

    public static double Of(int n, RandomIndexTable table)
    {
        if (n <= 2)
        {
            return 0;
        }

        return table switch
        {
            RandomIndexTable.Saaty1980 => Listed(Saaty1980, n, table),
            RandomIndexTable.Saaty2005 => Listed(Saaty2005, n, table),
            RandomIndexTable.TummalaLing1998 => Listed(TummalaLing, n, table),
            RandomIndexTable.AlonsoLamata2006 => n <= 15 ? AlonsoLamata[n - 1] : (1.7699 * n - 4.3513) / (n - 1),
            _ => Interpolated(n),
        };
    }

    public static RandomIndexTable Parse(string? name) => name?.ToLowerInvariant().Replace("_", "-", StringComparison.Ordinal) switch
    {
        null or "saaty" or "saaty-1980" or "saaty1980" => RandomIndexTable.Saaty1980,
        "saaty-2005" or "saaty2005" => RandomIndexTable.Saaty2005,
        "donegan-dodd" or "donegan-dodd-1991" or "dd" => RandomIndexTable.DoneganDodd1991,
        "alonso-lamata" or "alonso-lamata-2006" => RandomIndexTable.AlonsoLamata2006,
        "tummala-ling" or "tummala-ling-1998" => RandomIndexTable.TummalaLing1998,
        _ => throw new ArgumentException($"ahp: unknown random-index table '{name}' (saaty-1980, saaty-2005, donegan-dodd, alonso-lamata, tummala-ling)"),
    };

    private static double Listed(double[] table, int n, RandomIndexTable name) =>
        n <= table.Length ? table[n - 1] : throw new ArgumentException($"ahp: the {name} table stops at n = {table.Length}");

    private static double Interpolated(int n)
    {
        if (n > 100)
        {
            throw new ArgumentException("ahp: the Donegan-Dodd table stops at n = 100");
        }

        for (var i = 0; i < DoneganDodd.Length; i++)
        {
            if (DoneganDodd[i].N == n)
            {
                return DoneganDodd[i].Ri;
            }

            if (DoneganDodd[i].N > n)
            {
                var (a, b) = (DoneganDodd[i - 1], DoneganDodd[i]);
                return a.Ri + (b.Ri - a.Ri) * (n - a.N) / (b.N - a.N);
            }
        }

        return DoneganDodd[^1].Ri;
    }
}
