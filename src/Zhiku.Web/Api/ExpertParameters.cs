using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Zhiku.Web.Api;

/// <summary>The query string of <c>GET /api/v1/experts</c>.</summary>
internal sealed record ExpertParameters(
    [property: FromQuery(Name = "q"), Description("The topic: words (any may match; Chinese is segmented as in search) or the search syntax (\"phrases\", title:, AND/OR/NOT).")]
    string? Q,
    [property: FromQuery(Name = "limit"), Description("How many experts, 1-100 (default 10).")]
    int? Limit);
