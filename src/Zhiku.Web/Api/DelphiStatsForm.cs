using System.ComponentModel;

namespace Zhiku.Web.Api;

/// <summary>The multipart form of <c>POST /api/v1/delphi/stats</c>, for the OpenAPI document.</summary>
internal sealed record DelphiStatsForm(
    [property: Description("CSV or XLSX with the columns round, expert, item, value (or 轮次, 专家, 条目, 数值).")] IFormFile Answers,
    [property: Description("The consensus rule: iqr<=K (default iqr<=1), within2>=P or cv<=C.")] string? Consensus,
    [property: Description("The largest share of experts who changed their answer for an item to count as stable (default 0.15).")] double? Stability,
    [property: Description("The language of the problems, zh or en (default: the page's).")] string? Lang);
