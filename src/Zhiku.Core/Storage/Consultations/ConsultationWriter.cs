using System.Globalization;

namespace Zhiku.Storage.Consultations;

/// <summary>
/// Writes of a consultation, inside the caller's write session; every write is a change in the feed (entity
/// "consultation", the consultation's id), so the consultation's sequence number tells every node that it changed.
/// </summary>
internal sealed class ConsultationWriter(WriteSession session)
{
    private readonly CommandCache sql = session.Sql;

    public long Create(string topic, string description, long ownerOrg, long? projectId, string rule, string state, string by)
    {
        var id = session.NextId("consultations");
        var seq = session.Changes.Append("consultation", id, "insert", null);
        sql.Execute(
            "INSERT INTO consultations(id, topic, description, owner_org, project_id, rule, state, created_by, created_at, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            id, topic, description, ownerOrg, projectId, rule, state, by, Now(), seq);
        return id;
    }

    public void SetState(long id, string state) =>
        sql.Execute("UPDATE consultations SET state = $1, updated_seq = $2 WHERE id = $3", state, Touch(id), id);

    public void AddPanellist(long id, long personId, long userId, string alias, string? conflict)
    {
        sql.Execute("UPDATE consultations SET updated_seq = $1 WHERE id = $2", Touch(id), id);
        sql.Execute(
            "INSERT INTO consultation_panel(consultation_id, person_id, user_id, alias, conflict, added_at) VALUES ($1, $2, $3, $4, $5, $6)",
            id, personId, userId, alias, conflict, Now());
    }

    public void AddItem(long id, int n, string kind, string text, string settings)
    {
        sql.Execute("UPDATE consultations SET updated_seq = $1 WHERE id = $2", Touch(id), id);
        sql.Execute("INSERT INTO consultation_items(consultation_id, n, kind, text, settings) VALUES ($1, $2, $3, $4, $5)", id, n, kind, text, settings);
    }

    public void OpenRound(long id, int n, string? closes)
    {
        sql.Execute("UPDATE consultations SET updated_seq = $1 WHERE id = $2", Touch(id), id);
        sql.Execute("INSERT INTO consultation_rounds(consultation_id, n, state, opens, closes) VALUES ($1, $2, $3, $4, $5)", id, n, "open", Now(), closes);
    }

    public void SetRound(long id, int n, string state, string? statistics)
    {
        sql.Execute("UPDATE consultations SET updated_seq = $1 WHERE id = $2", Touch(id), id);
        if (statistics is null)
        {
            sql.Execute("UPDATE consultation_rounds SET state = $1 WHERE consultation_id = $2 AND n = $3", state, id, n);
        }
        else
        {
            sql.Execute("UPDATE consultation_rounds SET state = $1, statistics = $2, closed_at = $3 WHERE consultation_id = $4 AND n = $5", state, statistics, Now(), id, n);
        }
    }

    /// <summary>The state of a round as the writer sees it now (a round closed meanwhile takes no more answers), or null.</summary>
    public string? RoundState(long id, int n)
    {
        using var reader = sql.Bind("SELECT state FROM consultation_rounds WHERE consultation_id = $1 AND n = $2", id, n).ExecuteReader();
        return reader.Read() ? reader.GetString(0) : null;
    }

    /// <summary>Puts an expert's answer to an item in a round, replacing the one they gave before in the same round.</summary>
    public void PutAnswer(long id, AnswerRow answer)
    {
        sql.Execute("UPDATE consultations SET updated_seq = $1 WHERE id = $2", Touch(id), id);
        sql.Execute("DELETE FROM consultation_answers WHERE consultation_id = $1 AND round = $2 AND item = $3 AND user_id = $4", id, answer.Round, answer.Item, answer.UserId);
        sql.Execute(
            "INSERT INTO consultation_answers(consultation_id, round, item, user_id, value, confidence, reason, comment, answered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            id, answer.Round, answer.Item, answer.UserId, answer.Value, answer.Confidence, answer.Reason, answer.Comment, answer.AnsweredAt);
    }

    public static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private long Touch(long id) => session.Changes.Append("consultation", id, "update", null);
}
