using Zhiku.Access;
using Zhiku.Formats;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge;

/// <summary>Chooses the works of an export through the search (so access applies) and streams them from the store.</summary>
internal static class ExportSelection
{
    private const int Page = 5000;

    private static IReadOnlyList<long> Select(ReadSession read, string? query)
    {
        var ids = Select(read, new SearchRequest { Query = query ?? "*" });
        ids.Sort();
        return ids;
    }

    // The works of a search (query, facet filters, sort) in the order the search lists them.
    private static List<long> Select(ReadSession read, SearchRequest search)
    {
        var ids = new List<long>();
        var offset = 0;
        while (true)
        {
            var result = read.Search(search with { Offset = offset, Limit = Page, FacetSize = 0, IncludeSnippets = false });
            ids.AddRange(result.Hits.Select(h => WorkIds.Parse(h.Id)!.Value));
            offset += Page;
            if (offset >= result.Total || result.Hits.Count == 0)
            {
                break;
            }
        }

        return ids;
    }

    /// <summary>Writes the works a query finds for a caller in a text export format, reading them through the given reader.</summary>
    public static int Write(
        ReadSession read, StoreReader db, string format, string? query, TextWriter writer,
        CancellationToken cancellationToken) =>
        Run(Exporter(format, text: true), db, Select(read, query), (e, works) => e.Write(works, writer, cancellationToken));

    /// <summary>Writes the works of a query (null: every visible work) or of a search as the bytes of an export file.</summary>
    public static int Write(
        ReadSession read, StoreReader db, ExportFile file, Stream output, CancellationToken cancellationToken)
    {
        var exporter = Exporter(file.Format, text: false);
        var ids = file.Search is { } search ? Select(read, search) : Select(read, file.Query);
        return Run(exporter, db, ids, (e, works) => e.Write(works, output, file.Encoding, cancellationToken));
    }

    private static IWorkExporter Exporter(string format, bool text)
    {
        var exporter = ExporterCatalog.Default.Find(format)
            ?? throw new ArgumentException($"unknown export format '{format}': use {string.Join(", ", ExporterCatalog.Default.Exporters.Select(e => e.Format))}");
        return text && exporter.IsBinary
            ? throw new ArgumentException($"{exporter.Format} is a binary format: write it to a file")
            : exporter;
    }

    private static int Run(IWorkExporter exporter, StoreReader db, IReadOnlyList<long> ids, Action<IWorkExporter, IEnumerable<ExportedWork>> write)
    {
        var count = 0;
        write(exporter, Load(db, ids).Select(w => { count++; return w; }));
        return count;
    }

    private static IEnumerable<ExportedWork> Load(StoreReader db, IReadOnlyList<long> ids) =>
        WorkRows.Documents(db, ids).Select(d => new ExportedWork(WorkIds.Format(d.Id), StoreJson.Deserialize<WorkRecord>(d.Json)));
}
