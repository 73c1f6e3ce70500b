using System.Text.Json;

namespace Zhiku.Text.Segmentation;

/// <summary>
/// jieba's finalseg HMM over the states B(egin), M(iddle), E(nd), S(ingle): start, transition and per-char emission
/// log-probabilities, the emissions as dense 64K tables so a Viterbi step is four array reads.
/// </summary>
public sealed class HmmModel
{
    /// <summary>jieba's MIN_FLOAT, the log-probability of anything the model never saw.</summary>
    internal const double MinProbability = -3.14e100;

    internal const int B = 0, M = 1, E = 2, S = 3;

    private static readonly Lazy<HmmModel> LazyDefault = new(() =>
        Load(SegmentationResources.EmissionProbabilities, SegmentationResources.TransitionProbabilities));

    private HmmModel(double[][] emission, double[] transition)
    {
        Emission = emission;
        Transition = transition;
    }

    /// <summary>The model in Resources/prob_emit.json and prob_trans.json beside the application, loaded once.</summary>
    public static HmmModel Default => LazyDefault.Value;

    /// <summary>
    /// jieba's finalseg/prob_start.py; the package ships no prob_start.json (jieba.NET hard-codes the same values).
    /// </summary>
    internal static ReadOnlySpan<double> Start => [-0.26268660809250016, MinProbability, MinProbability, -1.4652633398537678];

    /// <summary>Emission[state][char].</summary>
    internal double[][] Emission { get; }

    /// <summary>Transition[from * 4 + to].</summary>
    internal double[] Transition { get; }

    /// <summary>Loads prob_emit.json and prob_trans.json, both {"B": {"x": logp, ...}, "M": ..., "E": ..., "S": ...}.</summary>
    public static HmmModel Load(string emissionPath, string transitionPath)
    {
        var emission = new double[4][];
        for (var s = 0; s < 4; s++)
        {
            emission[s] = new double[char.MaxValue + 1];
            Array.Fill(emission[s], MinProbability);
        }

        foreach (var (state, table) in ReadTables(emissionPath))
        {
            foreach (var (key, value) in table)
            {
                if (key.Length == 1)
                {
                    emission[state][key[0]] = value;
                }
            }
        }

        var transition = new double[16];
        Array.Fill(transition, MinProbability);
        foreach (var (from, table) in ReadTables(transitionPath))
        {
            foreach (var (key, value) in table)
            {
                transition[(from * 4) + StateOf(key)] = value;
            }
        }

        return new HmmModel(emission, transition);
    }

    private static IEnumerable<(int State, Dictionary<string, double> Table)> ReadTables(string path)
    {
        using var stream = File.OpenRead(path);
        var tables = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(stream)
            ?? throw new InvalidDataException($"{path}: empty HMM table");
        return tables.Select(pair => (StateOf(pair.Key), pair.Value)).ToList();
    }

    private static int StateOf(string name) => name switch
    {
        "B" => B,
        "M" => M,
        "E" => E,
        "S" => S,
        _ => throw new InvalidDataException($"unknown HMM state '{name}'"),
    };
}
