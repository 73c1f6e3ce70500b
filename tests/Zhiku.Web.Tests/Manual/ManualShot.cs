namespace Zhiku.Web.Tests.Manual;

/// <summary>
/// One screenshot the manuals show: its name (docs/manual/images/{name}-{lang}.png), the page (with {work}, {run} and
/// {job} filled from the seeded platform), what to wait for before taking it, and the element to take when the
/// picture is one part of a long page (the burst timeline of the analysis workspace); else the viewport, 1280 px wide
/// and <see cref="Height"/> high (the portal's dense lists make a heavy picture: it is cut shorter).
/// </summary>
public sealed record ManualShot(string Name, string Path, string? WaitFor = null, string? Element = null, int Height = 720)
{
    /// <summary>The Scientometrics papers in the workspace, with γ = 0.5 as the user manual's example of the burst controls.</summary>
    public const string Analysis = "/analysis?q=source:scientometrics&gamma=0.5";

    public static IReadOnlyList<ManualShot> All { get; } =
    [
        new("portal", "/", Height: 600),
        new("search", "/?q=cocitation&view=cards", WaitFor: ".hits .hit"),
        new("search-table", "/?q=cocitation&view=table", WaitFor: "#hit-table"),
        new("work", "/works/{work}"),
        new("analysis-network", Analysis, WaitFor: "#chart-network[data-drawn='true'] canvas", Element: "section:has(#chart-network)"),
        new("analysis-bursts", Analysis, WaitFor: "#chart-bursts[data-drawn='true'] canvas", Element: "section:has(#chart-bursts)"),
        new("evaluation-run", "/evaluation/runs/{run}", WaitFor: "#eval-table tbody tr"),
        new("import-job", "/imports/{job}"),
        new("account-tokens", "/account"),
        new("users", "/account/users"),
    ];

    public static IReadOnlyList<string> Languages { get; } = ["zh", "en"];

    public static IEnumerable<object[]> Names => All.Select(s => new object[] { s.Name });

    /// <summary>Every file name the screenshot test writes: {name}-{lang}.png.</summary>
    public static IEnumerable<string> Files => All.SelectMany(s => Languages.Select(lang => $"{s.Name}-{lang}.png"));

    public static ManualShot Named(string name) => All.Single(s => s.Name == name);

    /// <summary>docs/manual/ of the repository this test runs from.</summary>
    public static string ManualFolder { get; } = FindManualFolder();

    public static string Images => System.IO.Path.Combine(ManualFolder, "images");

    private static string FindManualFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Zhiku.slnx")))
            {
                return System.IO.Path.Combine(dir.FullName, "docs", "manual");
            }
        }

        throw new DirectoryNotFoundException($"no Zhiku.slnx above {AppContext.BaseDirectory}: the manual tests run inside the repository");
    }
}
