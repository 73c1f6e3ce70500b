using Zhiku.Files;
using Zhiku.Model;

namespace Zhiku.Formats.Registry;

/// <summary>Builds a project from a registry row: title, code, funder, commissioner, lead, members, organisations, start, end, status, description, outputs.</summary>
internal static class ProjectRows
{
    public static ImportItem From(RegistryRow row, RecordPosition position)
    {
        var title = row.Get("title");
        if (title is null)
        {
            return new RecordError(position, $"{position}: missing project title ({row.Source("title")})");
        }

        var project = new ProjectRecord
        {
            Title = title,
            Code = row.Get("code"),
            Funder = row.Get("funder"),
            Commissioner = row.Get("commissioner"),
            Lead = row.Get("lead"),
            Members = row.Many("members"),
            Organisations = row.Many("organisations"),
            Start = RegistryDates.Iso(row.Get("start")),
            End = RegistryDates.Iso(row.Get("end")),
            Status = row.Get("status"),
            Description = row.Get("description"),
            Outputs = Outputs(row),
        };
        foreach (var (scheme, value) in row.Prefixed("ids."))
        {
            project.Ids[scheme] = IdSchemes.Normalise(scheme, value);
        }

        foreach (var (key, value) in row.Prefixed("extra."))
        {
            project.Extra[key] = value;
        }

        return new ImportedProject(position, project);
    }

    /// <summary>Outputs from the cell as written, then joined work ids as "scheme:value".</summary>
    private static List<string> Outputs(RegistryRow row)
    {
        var all = row.Many("outputs");
        var joined = row.Joined("outputs");
        return [.. all.Take(all.Count - joined.Count), .. joined.Select(j => j.Scheme is null ? j.Display : $"{j.Scheme}:{j.Key}")];
    }
}
