using Zhiku.Consultation;

namespace Zhiku.Web.Api;

/// <summary>The answer of <c>POST /api/v1/delphi/stats</c>: the CLI's JSON (items, rounds, the rows left out).</summary>
internal sealed record DelphiStatsJson(string File, string Rule, IReadOnlyList<ItemStatistics> Items, IReadOnlyList<RoundStatistics> Rounds, IReadOnlyList<DelphiProblemJson> Problems);
