using System.Data.Common;

namespace Zhiku.Storage;

/// <summary>
/// A read-only connection to the store for the duration of one read (a detail page, an export, a statistics query,
/// the index following the change feed). It reads committed data beside a running import. The table families'
/// typed reads (<see cref="Reading.WorkRows"/>, <see cref="Feed.FeedRows"/>, ...) take it; nothing outside
/// <c>Storage/</c> sees its connection.
/// </summary>
internal sealed class StoreReader(DbConnection connection) : IDisposable
{
    internal DbConnection Connection { get; } = connection;

    public void Dispose() => Connection.Dispose();
}
