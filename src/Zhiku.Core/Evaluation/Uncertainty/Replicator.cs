using Zhiku.Evaluation.Numerics;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;

namespace Zhiku.Evaluation.Uncertainty;

/// <summary>
/// Regenerates the index at many sample points (COINr's <c>regen_edit</c> loop), in parallel but with results in
/// sample order, so a seed always gives the same output. A replication that fails (e.g. a geometric mean of a zero)
/// gives NaN ranks, as COINr's failed regenerations give NA.
/// </summary>
public sealed class Replicator
{
    private readonly EvaluationPipeline _pipeline;
    private readonly InputSampler _sampler;

    public Replicator(LoadedEvaluation loaded, IReadOnlyList<StepSpec> steps, UncertaintySpec spec, ulong seed)
    {
        _pipeline = loaded.Pipeline(cacheable: true);
        _sampler = new InputSampler(steps, spec.Inputs, loaded.Framework, seed);
        var nominal = _pipeline.Run(steps);
        Target = spec.Target ?? loaded.Framework.Root ?? throw new ArgumentException("uncertainty: the framework has no aggregate to target");
        if (!nominal.Final.Has(Target))
        {
            throw new ArgumentException($"uncertainty: the target '{Target}' is not in the results");
        }

        Units = nominal.Final.Units;
        NominalScores = nominal.Final.CopyColumn(Target);
        NominalRanks = Ranking.Descending(NominalScores);
    }

    public string Target { get; }

    public IReadOnlyList<string> Units { get; }

    public double[] NominalScores { get; }

    public double[] NominalRanks { get; }

    public int Dimensions => _sampler.Dimensions;

    /// <summary>Ranks of the target per sample point (<c>[point][unit]</c>); <paramref name="failed"/> counts failures.</summary>
    public double[][] Ranks(double[][] points, out int failed)
    {
        var ranks = new double[points.Length][];
        var failures = 0;
        Parallel.For(0, points.Length, i =>
        {
            var (steps, weights) = _sampler.At(points[i]);
            try
            {
                var result = _pipeline.Run(steps, weights);
                ranks[i] = Ranking.Descending(result.Final.Column(Target));
            }
            catch (ArgumentException)
            {
                ranks[i] = [.. Enumerable.Repeat(double.NaN, Units.Count)];
                Interlocked.Increment(ref failures);
            }
        });
        failed = failures;
        return ranks;
    }

    /// <summary>Plain Monte Carlo points: n × d uniforms from the seeded stream.</summary>
    public static double[][] UniformPoints(int n, int d, Xoshiro rng) =>
        [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => rng.NextDouble()).ToArray())];
}
