using Zhiku.Files;

namespace Zhiku.Formats.Registry;

/// <summary>
/// Imports registry tables through shipped mappings, recognising a table by its headers. A table that a mapping only
/// joins or reads alongside its main table (NBER's authors.csv) is claimed too and yields nothing when the main table is
/// beside it, so that importing the whole folder reads each record once.
/// </summary>
internal sealed class MappingImporter(string format, IReadOnlyList<RegistryMapping> mappings) : IFormatImporter
{
    public string Format => format;

    public IReadOnlyList<RegistryMapping> Mappings => mappings;

    public int Detect(FileProbe probe)
    {
        var headers = RegistryTable.Headers(probe);
        if (headers is null)
        {
            return 0;
        }

        var (mapping, score) = Best(headers, mappings);
        if (mapping is not null)
        {
            return score;
        }

        if (Companion(probe.Path) is not null)
        {
            return 80;
        }

        return Best(headers, Siblings).Score;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        var headers = RegistryTable.Headers(FileProbe.Open(source.Path))
            ?? throw new ImportException($"{source.FileName}: no header row could be read");
        var (mapping, _) = Best(headers, mappings);
        if (mapping is not null)
        {
            return RegistryEngine.Read(mapping, source.Path, source.Encoding, cancellationToken);
        }

        if (Companion(source.Path) is not null)
        {
            return [];
        }

        // A sibling table on its own (authors.csv without papers.csv beside it) is still worth its own entities.
        if (Best(headers, Siblings).Mapping is { } sibling)
        {
            return RegistryEngine.ReadTable(sibling, source.Path, source.Encoding, cancellationToken);
        }

        throw new ImportException($"{source.FileName}: its headers ({string.Join(", ", headers)}) fit no {format} mapping");
    }

    /// <summary>The mapping whose detection headers all appear and which knows most of the table's headers.</summary>
    private IEnumerable<RegistryMapping> Siblings => mappings.SelectMany(m => m.Also);

    private static (RegistryMapping? Mapping, int Score) Best(IReadOnlyList<string> headers, IEnumerable<RegistryMapping> candidates)
    {
        RegistryMapping? best = null;
        var bestScore = 0;
        var bestKnown = 0;
        foreach (var mapping in candidates)
        {
            if (!RegistryHeaders.Matches(mapping, headers))
            {
                continue;
            }

            // Generic templates must know most of the table, or they would claim any CSV with a "Title" column.
            var (known, total) = RegistryHeaders.Coverage(mapping, headers);
            if (known < 3 || known * 10 < total * 7)
            {
                continue;
            }

            if (known > bestKnown || (known == bestKnown && mapping.Detect.Score > bestScore))
            {
                (best, bestScore, bestKnown) = (mapping, mapping.Detect.Score, known);
            }
        }

        return (best, bestScore);
    }

    /// <summary>The mapping whose main table sits beside a file that it joins or reads alongside.</summary>
    private RegistryMapping? Companion(string path)
    {
        var name = Path.GetFileName(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        foreach (var mapping in mappings.Where(m => m.File is not null))
        {
            var companions = mapping.Also.Select(a => a.File)
                .Concat(mapping.Joins.Select(j => j.File))
                .Concat(mapping.Joins.Select(j => j.Lookup?.File))
                .Concat(mapping.Also.SelectMany(a => a.Joins.Select(j => j.File)));
            if (companions.Any(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) && File.Exists(Path.Combine(folder, mapping.File!)))
            {
                return mapping;
            }
        }

        return null;
    }
}
