using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhiku.Knowledge;
using Zhiku.Outputs;
using Zhiku.Web.Accounts;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Conversion;

/// <summary>
/// The conversion dashboard (<c>/conversion</c>): the outputs the reader may see, counted at each stage (报送 → 批示 →
/// 采纳 → 落实), with the rates over submitted outputs and the median days between stages, grouped by the reader's
/// choice; every chart has its table beside it, so the numbers read without the chart.
/// </summary>
internal sealed class IndexModel(KnowledgeBase kb, Texts texts) : PageModel
{
    /// <summary>The groupings offered, as the API's <c>by</c> names them.</summary>
    public static IReadOnlyList<string> Groupings { get; } = [.. Enum.GetValues<ConversionGrouping>().Select(g => g.ToString().ToLowerInvariant())];

    public ConversionReport Report { get; private set; } = null!;

    public string By { get; private set; } = "organisation";

    public string? Query { get; private set; }

    public int? From { get; private set; }

    public int? To { get; private set; }

    public void OnGet(string? by, string? q, int? from, int? to)
    {
        var grouping = Enum.TryParse<ConversionGrouping>(by, ignoreCase: true, out var g) && Groupings.Contains(by!.ToLowerInvariant()) ? g : ConversionGrouping.Organisation;
        (By, Query, From, To) = (grouping.ToString().ToLowerInvariant(), string.IsNullOrWhiteSpace(q) ? null : q.Trim(), from, to);
        Report = kb.Read(HttpContext.Caller()).Conversion(new ConversionSelection { Query = Query, From = from, To = to }, grouping);
    }

    /// <summary>A group's key as the reader reads it: the "(none)" groups and the stored Chinese words in their language.</summary>
    public string Key(string key) => key switch
    {
        "(none)" => texts["conversion.none"],
        "(not submitted)" => texts["conversion.not-submitted"],
        "total" => texts["conversion.total"],
        _ => texts["outputpage.word." + key] is var w && w != "outputpage.word." + key ? w : key,
    };

    /// <summary>A rate as a percentage (one decimal), or a dash when nothing was submitted.</summary>
    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "–";

    /// <summary>The data of the rates chart: each group's three rates in percent.</summary>
    public string RatesJson => JsonSerializer.Serialize(new
    {
        groups = Report.Rows.Select(r => Key(r.Key)),
        series = new[]
        {
            new { name = texts["conversion.instructionRate"], data = Report.Rows.Select(r => Round(r.InstructionRate)) },
            new { name = texts["conversion.adoptionRate"], data = Report.Rows.Select(r => Round(r.AdoptionRate)) },
            new { name = texts["conversion.implementationRate"], data = Report.Rows.Select(r => Round(r.ImplementationRate)) },
        },
    });

    /// <summary>The data of the funnel chart: the outputs at each stage over the whole selection.</summary>
    public string FunnelJson => JsonSerializer.Serialize(new
    {
        groups = new[] { texts["conversion.outputs"], texts["output.stage.submitted"], texts["output.stage.instructed"], texts["output.stage.adopted"], texts["output.stage.implemented"] },
        series = new[]
        {
            new { name = texts["conversion.count"], data = new double?[] { Report.Total.Outputs, Report.Total.Submitted, Report.Total.Instructed, Report.Total.Adopted, Report.Total.Implemented } },
        },
    });

    private static double? Round(double? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;
}
