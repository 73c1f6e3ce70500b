using Zhiku.Files;

namespace Zhiku.Formats.Registry;

/// <summary>Reads a table through a <see cref="RegistryMapping"/>, row by row, then the sibling tables it names.</summary>
internal static class RegistryEngine
{
    /// <summary>Streams the entities of the table at <paramref name="path"/> and of the mapping's <c>also</c> tables.</summary>
    public static IEnumerable<ImportItem> Read(RegistryMapping mapping, string path, System.Text.Encoding encoding, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        foreach (var item in ReadTable(mapping, path, encoding, cancellationToken))
        {
            yield return item;
        }

        foreach (var sibling in mapping.Also)
        {
            var siblingPath = Path.Combine(folder, sibling.File ?? string.Empty);
            if (sibling.File is null || !File.Exists(siblingPath))
            {
                throw new ImportException($"{sibling.File}: the table that mapping '{mapping.Name}' reads beside {Path.GetFileName(path)} is missing");
            }

            foreach (var item in ReadTable(sibling, siblingPath, encoding, cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <summary>Streams the entities of one table.</summary>
    public static IEnumerable<ImportItem> ReadTable(RegistryMapping mapping, string path, System.Text.Encoding encoding, CancellationToken cancellationToken)
    {
        using var rows = RegistryTable.Rows(path, encoding).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var header = rows.Current.Fields;
        var columns = mapping.Columns
            .Select(kv => (Target: kv.Key, Index: RegistryHeaders.IndexOf(header, kv.Value)))
            .Where(c => c.Index >= 0)
            .ToList();
        var idIndex = mapping.Id is null ? -1 : RegistryHeaders.IndexOf(header, mapping.Id.Column);
        if (mapping.Id is not null && idIndex < 0)
        {
            throw new ImportException($"{Path.GetFileName(path)}: the key column '{mapping.Id.Column}' of mapping '{mapping.Name}' is not in the header");
        }

        var joins = RegistryJoins.Load(mapping, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", encoding, cancellationToken);
        var nulls = new HashSet<string>(mapping.NullValues, StringComparer.Ordinal);
        var record = 0;
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows.Current;
            if (row.Fields.All(f => f.Trim().Length == 0))
            {
                continue; // XLSX sheets report formatted but empty rows
            }

            record++;
            var position = new RecordPosition(record, row.Line);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (target, index) in columns)
            {
                if (index < row.Fields.Length && Clean(row.Fields[index], nulls) is { } value)
                {
                    values[target] = value;
                }
            }

            foreach (var (target, constant) in mapping.Constants)
            {
                values.TryAdd(target, constant);
            }

            string? id = null;
            if (mapping.Id is not null && idIndex < row.Fields.Length && Clean(row.Fields[idIndex], nulls) is { } key)
            {
                id = key;
                values["ids." + mapping.Id.Scheme] = key;
            }

            yield return Build(mapping.Entity, new RegistryRow(mapping, values, joins.For(id)), position, Path.GetFileName(path));
        }
    }

    private static ImportItem Build(string entity, RegistryRow row, RecordPosition position, string file) => entity.ToLowerInvariant() switch
    {
        "output" => OutputRows.From(row, position, file),
        "person" or "people" => PersonRows.From(row, position),
        "organisation" or "organization" => OrganisationRows.From(row, position),
        "project" => ProjectRows.From(row, position),
        "work" => WorkRows.From(row, position),
        "case" => CaseRows.From(row, position, file),
        _ => new RecordError(position, $"{position}: mapping entity '{entity}' is not one of person, organisation, project, work, output, case"),
    };

    private static string? Clean(string raw, HashSet<string> nulls)
    {
        var v = raw.Trim();
        return v.Length == 0 || nulls.Contains(v) ? null : v;
    }
}
