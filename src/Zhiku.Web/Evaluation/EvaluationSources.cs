using System.Security.Claims;
using Microsoft.Extensions.Options;
using Zhiku.Access;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Spec;
using Zhiku.Knowledge;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Evaluation;

/// <summary>Finds the evaluation a page or an endpoint works on: a bundled sample or a stored run.</summary>
internal sealed class EvaluationSources(EvaluationRunStore store, KnowledgeBase kb, IOptions<ZhikuWebOptions> options)
{
    /// <summary>The source, or null when it does not exist or the caller may not see it.</summary>
    /// <param name="caller">Whose access a sample's knowledge-base indicators count with.</param>
    /// <param name="user">Who reads a stored run (its organisation and administrators may).</param>
    public EvaluationSource? Resolve(string kind, string id, int runs, ulong seed, Caller caller, ClaimsPrincipal user)
    {
        if (kind == EvaluationSource.Runs)
        {
            return store.Find(id, user) is { } stored
                ? new EvaluationSource(kind, id, EvaluationRun.Restore(EvaluationUpload.Load(stored.Folder), EvaluationUpload.Uncertainty(stored.Folder)))
                : null;
        }

        return kind == EvaluationSource.Samples && Sample(id, caller) is { } loaded
            ? new EvaluationSource(kind, id, EvaluationRun.Start(loaded, runs, seed))
            : null;
    }

    /// <summary>A bundled sample, its knowledge-base indicators counting only what the caller may see, as every search does; null when there is none.</summary>
    public LoadedEvaluation? Sample(string name, Caller caller) =>
        EvaluationSource.SamplePath(options.Value, name) is { } spec ? LoadedEvaluation.From(SpecLoader.Load(spec), kb.Read(caller)) : null;
}
