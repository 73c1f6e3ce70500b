using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Evaluation;

/// <summary>The ASEM example of COINr run once through the spec of issue 5, on the shared data.</summary>
public sealed class AsemFixture
{
    public const string Spec = """
        data: ASEM_iData.csv
        meta: ASEM_iMeta.csv
        steps:
          - denominate: {}
          - impute: {method: group-mean, group: EurAsia_group}
          - screen: {min_availability: 0.9}
          - treat: {method: winsorise, max_points: 5, skew: 2, kurtosis: 3.5, fallback: log}
          - normalise: {method: minmax, range: [0, 100]}
          - aggregate: {method: arithmetic}
        uncertainty:
          target: Index
          inputs:
            - {name: Winmax, step: treat, parameter: max_points, values: [1, 2, 3, 4, 5]}
            - name: Normalisation
              step: normalise
              alternatives:
                - {method: minmax, range: [1, 100]}
                - {method: zscore, mean: 10, sd: 2}
            - {name: Weights, noisy_weights: {levels: {2: 0.25, 3: 0.25}, sets: 100}}
            - {name: Aggregation, step: aggregate, parameter: method, values: [arithmetic, geometric]}
        """;

    public AsemFixture()
    {
        Loaded = LoadedEvaluation.From(SpecLoader.Parse(Spec, SharedData.Path("evaluation/asem")));
        Result = Loaded.Pipeline().Run(Loaded.Spec.Steps);
    }

    public LoadedEvaluation Loaded { get; }

    public EvaluationResult Result { get; }
}
