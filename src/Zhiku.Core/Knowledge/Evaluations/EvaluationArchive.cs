using Zhiku.Storage.Evaluations;

namespace Zhiku.Knowledge.Evaluations;

/// <summary>
/// The evaluation runs of a knowledge base, kept in its store (SQLite or PostgreSQL) so that every node that serves
/// the store serves every run; who may see a run is the caller's business (the web allows its organisation and
/// administrators).
/// </summary>
public sealed class EvaluationArchive(KnowledgeBase kb)
{
    /// <summary>Stores a finished run with its files in one transaction (a run of the same id is replaced).</summary>
    public void Save(StoredEvaluation run, IReadOnlyList<StoredEvaluationFile> files)
    {
        ArgumentNullException.ThrowIfNull(run);
        kb.Store.Write(session =>
        {
            EvaluationRunRows.Put(session, run, files);
            return 0;
        });
    }

    /// <summary>A run, or null.</summary>
    public StoredEvaluation? Find(string id)
    {
        using var db = kb.Store.OpenReader();
        return EvaluationRunRows.Find(db, id);
    }

    /// <summary>The newest runs of an organisation, or of every organisation when it is null.</summary>
    public IReadOnlyList<StoredEvaluation> Recent(long? organisationId, int count)
    {
        using var db = kb.Store.OpenReader();
        return EvaluationRunRows.Recent(db, organisationId, count);
    }

    /// <summary>The files of a run.</summary>
    public IReadOnlyList<StoredEvaluationFile> Files(string id)
    {
        using var db = kb.Store.OpenReader();
        return EvaluationRunRows.Files(db, id);
    }

    /// <summary>The ids of every stored run.</summary>
    public IReadOnlySet<string> Ids()
    {
        using var db = kb.Store.OpenReader();
        return EvaluationRunRows.Ids(db);
    }
}
