using Zhiku.Files;

namespace Zhiku.Formats.Registry;

/// <summary>The joined tables of a mapping, loaded once per import: for each target, the values by the main table's id.</summary>
internal sealed class RegistryJoins
{
    private readonly List<(RegistryJoin Join, Dictionary<string, List<JoinedValue>> ById)> _joins = [];

    private RegistryJoins()
    {
    }

    /// <summary>Reads the join and lookup tables beside the main table; a missing one is an <see cref="ImportException"/>.</summary>
    public static RegistryJoins Load(RegistryMapping mapping, string folder, System.Text.Encoding encoding, CancellationToken cancellationToken)
    {
        var joins = new RegistryJoins();
        foreach (var join in mapping.Joins)
        {
            RequireFile(Path.Combine(folder, join.File));
            var lookup = join.Lookup is null ? null : LoadLookup(join.Lookup, folder, encoding);
            var byId = new Dictionary<string, List<JoinedValue>>(StringComparer.Ordinal);
            foreach (var (on, value) in Pairs(Path.Combine(folder, join.File), join.On, join.Value, encoding))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!byId.TryGetValue(on, out var list))
                {
                    byId[on] = list = [];
                }

                list.Add(new JoinedValue(value, lookup is not null && lookup.TryGetValue(value, out var display) ? display : value, join.Scheme));
            }

            joins._joins.Add((join, byId));
        }

        return joins;
    }

    /// <summary>The joined values of one row by target.</summary>
    public Dictionary<string, List<JoinedValue>> For(string? id)
    {
        var result = new Dictionary<string, List<JoinedValue>>(StringComparer.Ordinal);
        if (id is null)
        {
            return result;
        }

        foreach (var (join, byId) in _joins)
        {
            if (byId.TryGetValue(id, out var values))
            {
                if (!result.TryGetValue(join.Target, out var list))
                {
                    result[join.Target] = list = [];
                }

                list.AddRange(values);
            }
        }

        return result;
    }

    private static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportException($"{Path.GetFileName(path)}: the table this mapping joins is missing from {Path.GetDirectoryName(path)}");
        }
    }

    private static Dictionary<string, string> LoadLookup(RegistryLookup lookup, string folder, System.Text.Encoding encoding)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(Path.Combine(folder, lookup.File), lookup.Key, lookup.Value, encoding))
        {
            map.TryAdd(key, value);
        }

        return map;
    }

    private static IEnumerable<(string, string)> Pairs(string path, string keyColumn, string valueColumn, System.Text.Encoding encoding)
    {
        RequireFile(path);
        using var rows = RegistryTable.Rows(path, encoding).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var header = rows.Current.Fields;
        var k = RegistryHeaders.IndexOf(header, keyColumn);
        var v = RegistryHeaders.IndexOf(header, valueColumn);
        if (k < 0 || v < 0)
        {
            throw new ImportException($"{Path.GetFileName(path)}: no column '{(k < 0 ? keyColumn : valueColumn)}' in the header");
        }

        while (rows.MoveNext())
        {
            var f = rows.Current.Fields;
            if (f.Length > Math.Max(k, v) && f[k].Trim().Length > 0 && f[v].Trim().Length > 0)
            {
                yield return (f[k].Trim(), f[v].Trim());
            }
        }
    }
}
