using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Zhiku.Access;
using Zhiku.Accounts;
using Zhiku.Evaluation.FromKnowledge;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Uncertainty;
using Zhiku.Knowledge;
using Zhiku.Web.Accounts;

namespace Zhiku.Web.Evaluation;

/// <summary>
/// Runs an uploaded evaluation (files 'data' and 'meta', CSV or XLSX; a pasted spec 'spec' in YAML or JSON, or the
/// step choices of <see cref="StepChoices"/>; 'runs' and 'seed' for rank intervals) and stores it with every output,
/// so downloads serve the stored files. Knowledge-base indicators of a pasted spec (output counts, conversion rates) are
/// computed with the uploader's access and kept with who computed them (knowledge.json), so the run shows those values
/// to whoever opens it later.
/// </summary>
internal static class EvaluationUpload
{
    public const int MaxRuns = EvaluationRun.MaxRuns;
    public const string SpecFile = "spec.json";
    public const string UncertaintyFile = "uncertainty.json";

    private static readonly string[] Runners = [UserRoles.Name(UserRole.Administrator), UserRoles.Name(UserRole.Manager), UserRoles.Name(UserRole.Analyst)];

    public static bool MayRun(ClaimsPrincipal user) => Runners.Any(user.IsInRole);

    public static async Task<StoredRun> RunAsync(IFormCollection form, ClaimsPrincipal user, Caller caller, KnowledgeBase kb, EvaluationRunStore store, CancellationToken cancel)
    {
        if (form.Files.GetFile("data") is not { Length: > 0 } data || form.Files.GetFile("meta") is not { Length: > 0 } meta)
        {
            throw new ArgumentException("an upload needs the files 'data' (iData) and 'meta' (iMeta), CSV or XLSX");
        }

        var runs = Runs(form["runs"]);
        var seed = ulong.TryParse(form["seed"], CultureInfo.InvariantCulture, out var s) ? s : 1UL;
        var (id, folder) = store.Create();
        try
        {
            var dataName = "iData" + Extension(data.FileName);
            var metaName = "iMeta" + Extension(meta.FileName);
            await SaveAsync(data, Path.Combine(folder, dataName), cancel);
            await SaveAsync(meta, Path.Combine(folder, metaName), cancel);

            // The uploaded files replace whatever paths a pasted spec names, so a spec cannot reach other server files.
            var specText = form["spec"].ToString() is { Length: > 0 } pasted ? SpecText.Rebase(pasted, dataName, metaName) : StepChoices.Spec(form, dataName, metaName);
            var parsed = SpecLoader.Parse(specText, folder, "spec");
            if (parsed.Experts is not null)
            {
                throw new ArgumentException("spec: uploaded specs may not declare experts");
            }

            await File.WriteAllTextAsync(Path.Combine(folder, SpecFile), specText, cancel);
            var loadedSpec = parsed.Knowledge.Count > 0 ? LoadedEvaluation.From(parsed, kb.Read(caller)) : LoadedEvaluation.From(parsed);
            if (loadedSpec.Knowledge is { Count: > 0 } knowledge)
            {
                KnowledgeColumnsFile.Write(Path.Combine(folder, KnowledgeColumnsFile.Name), knowledge, new KnowledgeComputedFor(
                    user.Identity?.Name ?? "unknown", user.FindFirstValue(ZhikuClaims.OrganisationName), AccessOf(caller), DateTimeOffset.UtcNow));
            }

            var evaluation = EvaluationRun.Start(loadedSpec, runs, seed);
            evaluation.WriteStages(folder);
            var (loaded, uncertainty) = (evaluation.Loaded, evaluation.Uncertainty);
            if (uncertainty is not null)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, UncertaintyFile), JsonSerializer.Serialize(uncertainty with { Ranks = [] }, EvaluationJson.Options), cancel);
            }

            foreach (var language in (string[])["zh", "en"])
            {
                await using var report = File.Create(Path.Combine(folder, ReportFile(language)));
                evaluation.WriteReport(report, language);
            }

            // The inputs and the spec are downloadable too: with run-log.json they regenerate the run anywhere.
            var json = EvaluationJson.Build(evaluation, null, id, evaluation.Files.Concat([dataName, metaName, SpecFile]));
            await File.WriteAllTextAsync(Path.Combine(folder, "result.json"), JsonSerializer.Serialize(json, EvaluationJson.Options), cancel);
            var organisation = long.TryParse(user.FindFirstValue(ZhikuClaims.OrganisationId), CultureInfo.InvariantCulture, out var org) ? org : (long?)null;
            var run = new StoredRun(
                id, DateTimeOffset.UtcNow, organisation, user.FindFirstValue(ZhikuClaims.OrganisationName), user.Identity?.Name,
                Path.GetFileName(data.FileName), loaded.Data.UnitCodes.Count, uncertainty?.Runs ?? 0, seed);
            store.Finish(folder, run);
            return run;
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>A stored run's inputs, loaded again (for the unit reports and the framework editor).</summary>
    public static LoadedEvaluation Load(string folder) =>
        LoadedEvaluation.From(SpecLoader.Load(Path.Combine(folder, SpecFile)), computed: KnowledgeColumnsFile.Read(Path.Combine(folder, KnowledgeColumnsFile.Name)));

    // What the uploader could read when the indicators were computed, in words for the run's record.
    private static string AccessOf(Caller caller) => string.Join(", ", new[]
    {
        "public",
        caller.OrganisationId is { } org ? string.Create(CultureInfo.InvariantCulture, $"internal and shared of O{org}") : null,
        caller.SharingOrganisations.Count > 0 ? "shared by " + string.Join(" ", caller.SharingOrganisations.Select(o => string.Create(CultureInfo.InvariantCulture, $"O{o}"))) : null,
        caller.MaySeeRestricted ? "restricted" : null,
    }.Where(s => s is not null));

    public static UncertaintyResult? Uncertainty(string folder)
    {
        var path = Path.Combine(folder, UncertaintyFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<UncertaintyResult>(File.ReadAllText(path), EvaluationJson.Options) : null;
    }

    public static string ReportFile(string language) => $"report.{language}.docx";

    public static int Runs(string? text)
    {
        var runs = string.IsNullOrEmpty(text) ? 0 : int.TryParse(text, CultureInfo.InvariantCulture, out var r) ? r : -1;
        return EvaluationRun.Checked(runs);
    }

    private static string Extension(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" ? ".xlsx" : ".csv";

    private static async Task SaveAsync(IFormFile file, string path, CancellationToken cancel)
    {
        await using var stream = File.Create(path);
        await file.CopyToAsync(stream, cancel);
    }
}
