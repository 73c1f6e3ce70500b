using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Zhiku.Accounts;
using Zhiku.Web.Accounts;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Evaluation;

/// <summary>
/// Stored evaluation runs under <c>evaluations/&lt;id&gt;/</c> of the data directory: the uploaded inputs, the spec,
/// the run log, the stage CSVs, the workbook, the reports and <c>run.json</c> (written last: a folder without it is
/// an unfinished run). A run is visible to its organisation and to administrators.
/// </summary>
internal sealed class EvaluationRunStore(ZhikuDataDirectory data)
{
    public const string RecordFile = "run.json";

    public string Root => Path.Combine(data.Directory.Root, "evaluations");

    /// <summary>A new empty folder and its id.</summary>
    public (string Id, string Folder) Create()
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        var folder = Path.Combine(Root, id);
        Directory.CreateDirectory(folder);
        return (id, folder);
    }

    public static void Finish(string folder, StoredRun run) =>
        File.WriteAllText(Path.Combine(folder, RecordFile), JsonSerializer.Serialize(run, EvaluationJson.Options));

    /// <summary>The run's folder when it exists, is finished and the user may see it; else null.</summary>
    public (StoredRun Run, string Folder)? Find(string id, ClaimsPrincipal user)
    {
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var folder = Path.Combine(Root, id);
        var run = Read(folder);
        return run is not null && MayView(run, user) ? (run, folder) : null;
    }

    /// <summary>The runs the user may see, newest first.</summary>
    public IReadOnlyList<StoredRun> Recent(ClaimsPrincipal user, int count = 20) =>
        !Directory.Exists(Root) ? [] :
        [.. Directory.EnumerateDirectories(Root).Select(Read).OfType<StoredRun>().Where(r => MayView(r, user)).OrderByDescending(r => r.Created).Take(count)];

    public static bool MayView(StoredRun run, ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(UserRoles.Name(UserRole.Administrator))
            || (run.OrganisationId is { } org && user.FindFirstValue(ZhikuClaims.OrganisationId) == org.ToString(CultureInfo.InvariantCulture)));

    private static StoredRun? Read(string folder)
    {
        var path = Path.Combine(folder, RecordFile);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<StoredRun>(File.ReadAllText(path), EvaluationJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
