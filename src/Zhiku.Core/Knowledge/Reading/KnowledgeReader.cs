using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Reads of the knowledge base on their own read-only connection, for one request of the web app: WAL lets them see
/// committed data while an import writes through the store's single writer connection. Not thread-safe; one per request.
/// </summary>
public sealed class KnowledgeReader : IDisposable
{
    private readonly KnowledgeBase _kb;
    private readonly SqliteConnection _connection;

    public KnowledgeReader(KnowledgeBase kb)
    {
        _kb = kb;
        _connection = kb.Store.OpenReader();
    }

    /// <summary>A work with its provenance, or null when it does not exist or the caller may not see it.</summary>
    public WorkDetails? Work(string id, Caller caller) => WorkReader.Read(_connection, id, caller);

    public PersonDetails? Person(string id, Caller caller) => PersonReader.Read(_connection, id, caller);

    public OrganisationDetails? Organisation(string id, Caller caller) => OrganisationReader.Read(_connection, id, caller);

    public ProjectDetails? Project(string id, Caller caller) => ProjectReader.Read(_connection, id, caller);

    /// <summary>How many people, organisations and projects the caller can see.</summary>
    public EntityCounts Counts(Caller caller) => VisibleEntities.Count(_connection, caller);

    /// <summary>The latest import batches of organisations whose records the caller may see (all for the owner).</summary>
    public IReadOnlyList<ImportBatchSummary> RecentImports(Caller caller, int limit = 10)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT b.id, b.started, b.finished, b.status, COALESCE(o.name, ''), b.access FROM batches b LEFT JOIN organisations o ON o.id = b.owner_org WHERE {AccessSql.Batches(caller.Scope)} ORDER BY b.id DESC LIMIT {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        using var reader = cmd.ExecuteReader();
        var result = new List<ImportBatchSummary>();
        while (reader.Read() && result.Count < limit)
        {
            result.Add(new ImportBatchSummary(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return result;
    }

    /// <summary>Writes the works matching a query (all visible works when null) in an export format; returns how many.</summary>
    public int Export(string format, string? query, TextWriter writer, Caller caller, CancellationToken cancellationToken = default) =>
        ExportSelection.Write(_kb, _connection, format, query, writer, caller, cancellationToken);

    /// <summary>Writes the works of a search (query, facet filters, sort) in an export format, in the order the search shows them.</summary>
    public int Export(string format, Search.SearchRequest search, TextWriter writer, Caller caller, CancellationToken cancellationToken = default) =>
        ExportSelection.Write(_kb, _connection, format, search, writer, caller, cancellationToken);

    /// <summary>Writes an export file (any format, binary ones included) to a stream; returns how many works it holds.</summary>
    public int Export(ExportFile file, Stream output, Caller caller, CancellationToken cancellationToken = default) =>
        ExportSelection.Write(_kb, _connection, file, output, caller, cancellationToken);

    public void Dispose() => _connection.Dispose();
}
