namespace Zhiku.Web.Tests.Design;

/// <summary>
/// One page of the tour: its name (screenshots are named after it), its address (with {work}, {person},
/// {organisation}, {project}, {case}, {output}, {run}, {job} and {consultation} filled from the seeded platform), whether the administrator visits it,
/// and what to wait for before looking (a chart drawn, a table filled by script).
/// </summary>
public sealed record TourStop(string Name, string Path, bool Admin = true, string? WaitFor = null)
{
    /// <summary>
    /// Every page under src/Zhiku.Web/Pages (the sign-out page only posts), with realistic data; TourCoverageTests
    /// fails on a routable page that no stop's address reaches.
    /// </summary>
    public static IReadOnlyList<TourStop> All { get; } =
    [
        new("portal-anonymous", "/", Admin: false),
        new("portal", "/"),
        new("search", "/?q=electromagnetic&view=cards"),
        new("search-table", "/?q=electromagnetic&view=table"),
        new("search-people", "/?q=*&entity=people"),
        new("search-cases", "/?q=*&entity=cases"),
        new("search-error", "/?q=" + Uri.EscapeDataString("year:[abc TO")),
        new("work", "/works/{work}"),
        new("person", "/people/{person}"),
        new("people-candidates", "/people/candidates"),
        new("experts-start", "/experts", Admin: false),
        new("experts", "/experts?q=" + Uri.EscapeDataString("total reflection")),
        new("experts-team", "/experts/team"),
        new("organisation", "/organisations/{organisation}"),
        new("project", "/projects/{project}"),
        new("output", "/outputs/{output}"),
        new("output-anonymous", "/outputs/{output}", Admin: false),
        new("output-new", "/outputs/new?project={project}"),
        new("conversion", "/conversion?by=channel", WaitFor: "#chart-rates[data-drawn='true'] canvas"),
        new("registry-new-person", "/registry/people/new"),
        new("registry-edit-person", "/registry/people/{person}"),
        new("registry-edit-organisation", "/registry/organisations/{organisation}"),
        new("registry-edit-project", "/registry/projects/{project}"),
        new("registry-history", "/registry/people/{person}/history"),
        new("thesaurus", "/thesaurus"),
        new("enrichments", "/enrichments?state=all"),
        new("case", "/cases/{case}"),
        new("registry-new-case", "/registry/cases/new"),
        new("registry-edit-case", "/registry/cases/{case}"),
        new("registry-history-case", "/registry/cases/{case}/history"),
        new("classification", "/classification"),
        new("classification-anonymous", "/classification", Admin: false),
        new("dashboard", "/dashboard", WaitFor: "#chart-years[data-drawn='true'] canvas"),
        new("analysis", "/analysis?q=*", WaitFor: "#chart-network[data-drawn='true'] canvas"),
        new("evaluation", "/evaluation", WaitFor: "#eval-table tbody tr"),
        new("evaluation-run", "/evaluation/runs/{run}", WaitFor: "#eval-table tbody tr"),
        new("evaluation-unit", "/evaluation/runs/{run}/units/NLD"),
        new("imports", "/imports"),
        new("import-job", "/imports/{job}"),
        new("api-reference", "/api-reference"),
        new("account", "/account"),
        new("users", "/account/users"),
        new("signin", "/account/signin", Admin: false),
        new("denied", "/account/denied"),
        new("not-found", "/works/W99999999"),
        new("status", "/Status?code=403"),
        new("consultations", "/consultations"),
        new("consultation-new", "/consultations/new"),
        new("consultation", "/consultations/{consultation}"),
        new("consultation-answer", "/consultations/{consultation}/answer"),
        new("consultation-report", "/consultations/{consultation}/report"),
    ];

    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

    public static TourStop Named(string name) => All.Single(s => s.Name == name);
}
