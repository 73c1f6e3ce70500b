using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Evaluation.Explain;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Evaluation;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Evaluation;

/// <summary>
/// One unit of a sample or a stored run: scores and ranks at every level, rank interval, radar versus the mean unit,
/// strengths and weaknesses, contributions, removal effects, and the same as DOCX.
/// </summary>
internal sealed class UnitModel(EvaluationSources sources, Texts texts) : PageModel
{
    public UnitReport Report { get; private set; } = null!;

    public string Back { get; private set; } = "/evaluation";

    public string Docx { get; private set; } = "";

    /// <summary>The radar's axes, the unit's and the mean unit's values (JSON for data- attributes).</summary>
    public string Radar { get; private set; } = "{}";

    public IActionResult OnGet(string kind, string id, string uCode, int? runs, ulong? seed)
    {
        var count = runs ?? 0;
        if (count is < 0 or > EvaluationUpload.MaxRuns)
        {
            return BadRequest();
        }

        try
        {
            if (sources.Resolve(kind, id, count, seed ?? 1, HttpContext.Caller(), User) is not { } source)
            {
                return NotFound();
            }

            Report = EvaluationRunsApi.Report(source, uCode);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        var query = kind == EvaluationSource.Samples && count > 0 ? string.Create(CultureInfo.InvariantCulture, $"runs={count}&seed={seed ?? 1}") : "";
        Back = kind == EvaluationSource.Runs ? $"/evaluation/runs/{id}" : "/evaluation";
        Docx = $"/api/v1/evaluations/{kind}/{id}/units/{Uri.EscapeDataString(uCode)}/report.docx?lang={texts.Lang}" + (query.Length > 0 ? "&" + query : "");
        var byCode = Report.Scores.ToDictionary(s => s.Code, StringComparer.Ordinal);
        Radar = JsonSerializer.Serialize(new
        {
            axes = Report.RadarAxes,
            unit = Report.RadarAxes.Select(a => byCode[a].Score),
            mean = Report.RadarAxes.Select(a => byCode[a].Mean),
        }, EvaluationJson.Options);
        return Page();
    }

    public static string Number(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.##", CultureInfo.InvariantCulture) : "NA";
}
