using Microsoft.Extensions.Options;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Uncertainty;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;
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

    /// <summary>The source, or null when it does not exist or the caller may not see it.</summary>
    public static EvaluationSource? Resolve(string kind, string id, int runs, ulong seed, HttpContext context)
    {
        var services = context.RequestServices;
        if (kind == Runs)
        {
            return services.GetRequiredService<EvaluationRunStore>().Find(id, context.User) is { } stored
                ? new EvaluationSource(kind, id, EvaluationRun.Restore(EvaluationUpload.Load(stored.Folder), EvaluationUpload.Uncertainty(stored.Folder)))
                : null;
        }

        if (kind != Samples || SamplePath(services.GetRequiredService<IOptions<ZhikuWebOptions>>().Value, id) is not { } spec)
        {
            return null;
        }

        var loaded = LoadedEvaluation.From(SpecLoader.Load(spec), services.GetRequiredService<KnowledgeBase>().Read(context.Caller()));
        return new EvaluationSource(kind, id, EvaluationRun.Start(loaded, runs, seed));
    }

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
