using System.Diagnostics;
using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Storage;
using Zhiku.Storage.Dialects;
using Zhiku.Testing.Postgres;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Nodes;

/// <summary>Nodes of one store in a test: each its own data directory (index), all on one PostgreSQL database.</summary>
internal static class NodeKit
{
    public static readonly string WosFile = SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt");

    public static readonly string WosTabFile = SharedData.Path("bibliographic/wos-tab/scientopy_2017.txt");

    /// <summary>A knowledge base on the PostgreSQL database with its index in <paramref name="dir"/>.</summary>
    public static KnowledgeBase Node(TempDataDirectory dir, PostgresDatabase database) =>
        KnowledgeBase.Open(KnowledgeStore.Open(dir.Directory, new PostgresDialect(database.ConnectionString)));

    /// <summary>Hits of a search as the owner sees them.</summary>
    public static int Hits(KnowledgeBase kb, string query) => kb.Read(Caller.Owner).Search(new SearchRequest { Query = query }).Total;

    /// <summary>Waits until a condition holds, up to a deadline; returns the time it took (fails the test past the deadline).</summary>
    public static TimeSpan Within(TimeSpan deadline, Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < deadline, $"{what}: not within {deadline.TotalSeconds} s");
            Thread.Sleep(10);
        }

        return watch.Elapsed;
    }
}
