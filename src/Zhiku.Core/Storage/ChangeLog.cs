using System.Globalization;

namespace Zhiku.Storage;

/// <summary>
/// Appends numbered changes to the change feed inside the caller's transaction (nothing reads them before it commits,
/// so PostgreSQL copies them in bulk at the commit).
/// </summary>
internal sealed class ChangeLog(CommandCache sql)
{
    private static readonly string[] Columns = ["seq", "entity", "entity_id", "op", "batch_id", "at"];

    private readonly string _now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
    private long _last = -1;

    /// <summary>The sequence number the next change will get.</summary>
    public long Next()
    {
        if (_last < 0)
        {
            _last = sql.Long("SELECT COALESCE(MAX(seq), 0) FROM changes") ?? 0;
        }

        return _last + 1;
    }

    /// <summary>The sequence number of the last change appended in this transaction, or null when none was.</summary>
    public long? Last { get; private set; }

    /// <summary>Appends a change and returns its sequence number.</summary>
    public long Append(string entity, long entityId, string op, long? batchId)
    {
        var seq = Next();
        sql.Append("changes", Columns, seq, entity, entityId, op, batchId, _now);
        _last = seq;
        Last = seq;
        return seq;
    }
}
