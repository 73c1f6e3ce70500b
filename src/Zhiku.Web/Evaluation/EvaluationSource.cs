using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Uncertainty;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Evaluation;

/// <summary>
/// An evaluation a page or endpoint works on: a bundled sample (<c>samples/NAME</c>, open to anyone; rank intervals
/// when asked for runs) or a stored run (<c>runs/ID</c>, for its organisation and administrators).
/// </summary>
internal sealed record EvaluationSource(string Kind, string Id, EvaluationRun Run)
{
    public LoadedEvaluation Loaded => Run.Loaded;

    public UncertaintyResult? Uncertainty => Run.Uncertainty;

    public const string Samples = "samples";
    public const string Runs = "runs";

    /// <summary>The spec of a bundled sample: samples/evaluation/NAME/NAME.yaml, else the folder's only YAML file.</summary>
    public static string? SamplePath(ZhikuWebOptions options, string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return null;
        }

        var samples = SampleCorpus.Locate(options.Samples);
        var folder = samples is null ? null : Path.Combine(samples, "evaluation", name);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        var named = Path.Combine(folder, name + ".yaml");
        var yaml = Directory.GetFiles(folder, "*.yaml");
        return File.Exists(named) ? named : yaml.Length == 1 ? yaml[0] : null;
    }
}
