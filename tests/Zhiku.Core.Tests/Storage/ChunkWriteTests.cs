using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Works;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Storage;

/// <summary>
/// A chunk of an import written the bulk way (PostgreSQL: keys read set-based when the chunk begins, writes sent in
/// batches): the same works, merges, people and topics as one statement at a time, which SQLite still runs.
/// </summary>
public sealed class ChunkWriteTests
{
    [Fact]
    public void A_deferred_write_is_seen_by_the_next_statement_and_lost_without_a_commit()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);

        using (var session = store.BeginWrite())
        {
            session.Sql.Defer("INSERT INTO work_keys(key, work_id) VALUES ($1, $2)", "deferred-key", 41L);
            session.Sql.Defer("INSERT INTO work_keys(key, work_id) VALUES ($1, $2)", "deferred-key", 42L);

            Assert.Equal(2L, session.Sql.Long("SELECT COUNT(*) FROM work_keys WHERE key = $1", "deferred-key"));
        }

        Assert.Equal(0L, store.Scalar("SELECT COUNT(*) FROM work_keys WHERE key = 'deferred-key'"));
    }

    [Fact]
    public void Deferred_writes_are_committed_in_the_order_they_were_made()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);

        using (var session = store.BeginWrite())
        {
            for (var i = 0; i < 2500; i++)
            {
                session.Sql.Defer("INSERT INTO work_keys(key, work_id) VALUES ($1, $2)", $"k{i % 3}", (long)i);
            }

            session.Sql.Defer("DELETE FROM work_keys WHERE key = $1", "k1");
            session.Commit();
        }

        Assert.Equal(1667L, store.Scalar("SELECT COUNT(*) FROM work_keys"));
        Assert.Equal(0L, store.Scalar("SELECT COUNT(*) FROM work_keys WHERE key = 'k1'"));
    }

    [Fact]
    public void Records_of_one_chunk_that_share_a_doi_merge_into_one_work_with_one_person_per_author()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);
        var batch = BatchSql.Start(store, store.HomeOrganisationId, AccessLevel.Public);
        var first = Work("Carbon markets in China", "10.1000/chunk.1", "Wang, Li", "carbon market");
        var again = Work("Carbon Markets in China", "10.1000/chunk.1", "Wang, Li", "emissions trading");
        var other = Work("Grid storage", "10.1000/chunk.2", "Wang, Li", "carbon market");

        var outcomes = Write(store, batch, first, again, other);

        Assert.Equal([WriteOutcome.Imported, WriteOutcome.Merged, WriteOutcome.Imported], outcomes.Select(o => o.Outcome));
        Assert.Equal(outcomes[0].WorkId, outcomes[1].WorkId);
        Assert.Equal(2L, store.Scalar("SELECT COUNT(*) FROM works"));
        Assert.Equal(1L, store.Scalar("SELECT COUNT(*) FROM people"));
        Assert.Equal(2L, store.Scalar("SELECT COUNT(*) FROM topics"));
        Assert.Equal(2L, store.Scalar($"SELECT COUNT(*) FROM work_topics WHERE work_id = {outcomes[0].WorkId}"));
    }

    [Fact]
    public void A_later_chunk_finds_the_stored_works_people_and_topics_instead_of_adding_them_again()
    {
        using var dir = new TempDataDirectory();
        using var store = KnowledgeStore.Open(dir.Directory);
        var batch = BatchSql.Start(store, store.HomeOrganisationId, AccessLevel.Public);
        Write(store, batch, Work("Carbon markets in China", "10.1000/chunk.1", "Wang, Li", "carbon market"));

        var outcomes = Write(store, batch,
            Work("Carbon markets in China", "10.1000/chunk.1", "Wang, Li", "carbon market"),
            Work("Carbon markets in China (revised)", "10.1000/chunk.1", "Wang, Li", "carbon market"),
            Work("Grid storage", null, "Wang, Li", "Carbon Market"));

        Assert.Equal([WriteOutcome.Unchanged, WriteOutcome.Merged, WriteOutcome.Imported], outcomes.Select(o => o.Outcome));
        Assert.Equal(2L, store.Scalar("SELECT COUNT(*) FROM works"));
        Assert.Equal(1L, store.Scalar("SELECT COUNT(*) FROM people"));
        Assert.Equal(1L, store.Scalar("SELECT COUNT(*) FROM topics"));
        Assert.Equal(2L, store.Scalar("SELECT COUNT(*) FROM authorships"));
    }

    private static List<(WriteOutcome Outcome, long WorkId)> Write(KnowledgeStore store, long batch, params WorkRecord[] records)
    {
        using var session = store.BeginWrite();
        var writer = new WorkWriter(session, store.HomeOrganisationId, AccessLevel.Public);
        writer.Prepare(records);
        var outcomes = records.Select((r, i) => writer.Write(r, new SourceInfo(batch, "chunk.ris", "ris", i + 1, (i * 10) + 1))).ToList();
        session.Commit();
        return outcomes;
    }

    private static WorkRecord Work(string title, string? doi, string author, string keyword)
    {
        var work = new WorkRecord
        {
            Kind = WorkKind.JournalArticle,
            Titles = [new LangText("en", title)],
            Year = 2024,
            Authors = [new AuthorRecord { Name = author }],
            AuthorKeywords = [keyword],
        };
        if (doi is not null)
        {
            work.Identifiers[IdSchemes.Doi] = doi;
        }

        return work;
    }
}
