using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Zhiku.Accounts;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Evaluations;
using Zhiku.Storage.Evaluations;
using Zhiku.Web.Accounts;
using Zhiku.Web.Hosting;

namespace Zhiku.Web.Evaluation;

/// <summary>
/// Stored evaluation runs. A run is made in <c>evaluations/&lt;id&gt;/</c> of this node's data directory (the uploaded
/// inputs, the spec, the run log, the stage CSVs, the workbook, the reports and <c>run.json</c>, written last), then
/// stored whole in the knowledge base's store, which is what every node reads: a node that has not got a run's folder
/// (another node made it, or the folder was lost) writes it again from the store before using it. Runs made before
/// the store kept them (folders only) are moved into the store on first use. A run is visible to its organisation and
/// to administrators.
/// </summary>
internal sealed class EvaluationRunStore(ZhikuDataDirectory data, KnowledgeBase kb)
{
    public const string RecordFile = "run.json";

    private readonly EvaluationArchive _archive = new(kb);
    private readonly Lazy<int> _adopted = new(() => Adopt(Path.Combine(data.Directory.Root, "evaluations"), new EvaluationArchive(kb)));

    public string Root => Path.Combine(data.Directory.Root, "evaluations");

    /// <summary>A new empty folder and its id.</summary>
    public (string Id, string Folder) Create()
    {
        var id = Guid.NewGuid().ToString("N")[..16];
        var folder = Path.Combine(Root, id);
        Directory.CreateDirectory(folder);
        return (id, folder);
    }

    /// <summary>Writes the run's record into its folder and stores the run with every file of the folder.</summary>
    public void Finish(string folder, StoredRun run)
    {
        var record = JsonSerializer.Serialize(run, EvaluationJson.Options);
        _archive.Save(Stored(run, record), Files(folder));
        File.WriteAllText(Path.Combine(folder, RecordFile), record);
    }

    /// <summary>The run and its folder on this node when the run exists and the user may see it; else null.</summary>
    public (StoredRun Run, string Folder)? Find(string id, ClaimsPrincipal user)
    {
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        _ = _adopted.Value;
        if (_archive.Find(id) is not { } stored || Read(stored.Record) is not { } run || !MayView(run, user))
        {
            return null;
        }

        var folder = Path.Combine(Root, id);
        if (!File.Exists(Path.Combine(folder, RecordFile)))
        {
            Materialise(id, folder, stored.Record);
        }

        return (run, folder);
    }

    /// <summary>The runs the user may see, newest first.</summary>
    public IReadOnlyList<StoredRun> Recent(ClaimsPrincipal user, int count = 20)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        _ = _adopted.Value;
        long? organisation = long.TryParse(user.FindFirstValue(ZhikuClaims.OrganisationId), CultureInfo.InvariantCulture, out var org) ? org : null;
        if (user.IsInRole(UserRoles.Name(UserRole.Administrator)))
        {
            organisation = null;
        }
        else if (organisation is null)
        {
            return [];
        }

        return [.. _archive.Recent(organisation, count).Select(r => Read(r.Record)).OfType<StoredRun>().Where(r => MayView(r, user))];
    }

    public static bool MayView(StoredRun run, ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(UserRoles.Name(UserRole.Administrator))
            || (run.OrganisationId is { } org && user.FindFirstValue(ZhikuClaims.OrganisationId) == org.ToString(CultureInfo.InvariantCulture)));

    // Moves the runs that exist only as finished folders (made before the store kept runs) into the store.
    private static int Adopt(string root, EvaluationArchive archive)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var known = archive.Ids();
        var adopted = 0;
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var path = Path.Combine(folder, RecordFile);
            if (known.Contains(Path.GetFileName(folder)) || !File.Exists(path))
            {
                continue;
            }

            var record = File.ReadAllText(path);
            if (Read(record) is not { } run || run.Id != Path.GetFileName(folder))
            {
                continue;
            }

            archive.Save(Stored(run, record), Files(folder));
            adopted++;
        }

        return adopted;
    }

    // Writes a run's files from the store into its folder on this node, the record last (a folder without it is unfinished).
    private void Materialise(string id, string folder, string record)
    {
        var staging = folder + ".part-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(staging);
        foreach (var file in _archive.Files(id))
        {
            File.WriteAllBytes(Path.Combine(staging, file.Name), file.Content);
        }

        File.WriteAllText(Path.Combine(staging, RecordFile), record);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, RecordFile)))
        {
            // Another request wrote the same run's folder at the same time: theirs is as good.
            Directory.Delete(staging, recursive: true);
        }
    }

    private static StoredEvaluation Stored(StoredRun run, string record) =>
        new(run.Id, run.OrganisationId, run.Created.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), record);

    // The files of a run's folder (it has no sub-folders), without its record.
    private static List<StoredEvaluationFile> Files(string folder) =>
        [.. Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != RecordFile).Select(f => new StoredEvaluationFile(Path.GetFileName(f), File.ReadAllBytes(f)))];

    private static StoredRun? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<StoredRun>(json, EvaluationJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
