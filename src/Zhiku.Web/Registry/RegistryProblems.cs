using Microsoft.AspNetCore.Http.HttpResults;
using Zhiku.Registry;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Registry;

/// <summary>A refused create, edit or restore as problem details in the reader's language, each field's problems named.</summary>
internal static class RegistryProblems
{
    public static ProblemHttpResult Of(RegistryEditException e, Texts texts)
    {
        var status = e.Refusal switch
        {
            RegistryRefusal.NotFound or RegistryRefusal.VersionNotFound => StatusCodes.Status404NotFound,
            RegistryRefusal.NoRight or RegistryRefusal.NotYours or RegistryRefusal.AccessWidening => StatusCodes.Status403Forbidden,
            RegistryRefusal.Stale => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        var code = char.ToLowerInvariant(e.Refusal.ToString()[0]) + e.Refusal.ToString()[1..];
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["refusal"] = code };
        if (e.CurrentRevision is { } revision)
        {
            extensions["currentRevision"] = revision;
        }

        if (e.Problems.Count > 0)
        {
            extensions["errors"] = e.Problems.GroupBy(p => p.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => Message(p, texts)).ToArray(), StringComparer.Ordinal);
        }

        var detail = e.Problems.Count > 0 ? string.Join(texts["registry.separator"], e.Problems.Select(p => Message(p, texts))) : texts["registry.refusal." + code];
        return TypedResults.Problem(detail, statusCode: status, title: texts["registry.problem"], extensions: extensions);
    }

    /// <summary>One field's problem in the reader's language, naming the field by its label.</summary>
    public static string Message(RegistryProblem problem, Texts texts) =>
        texts.Format("registry.problem." + problem.Code, problem.Code == "unknown-field" ? problem.Field : Label(problem.Field, texts), problem.Argument);

    public static string Label(string field, Texts texts) =>
        texts["registry.field." + field] is var label && label != "registry.field." + field ? label : field;
}
