namespace Zhiku.Storage.Consultations;

/// <summary>Reads of the consultation tables. Who may see a consultation is decided by the caller of these reads (Knowledge/Consultations).</summary>
internal static class ConsultationRows
{
    public static ConsultationRow? Consultation(StoreReader db, long id) => db.Connection.First(
        $"SELECT {ConsultationRow.Columns} FROM consultations WHERE id = @id", ConsultationRow.Read, ("@id", id));

    /// <summary>The consultations an organisation owns and those a user is a panellist of, newest first.</summary>
    public static List<ConsultationRow> Of(StoreReader db, long? ownerOrg, long userId) => [.. db.Connection.Query(
        $"SELECT {ConsultationRow.Columns} FROM consultations WHERE owner_org = @org OR id IN (SELECT consultation_id FROM consultation_panel WHERE user_id = @user) ORDER BY id DESC",
        ConsultationRow.Read, ("@org", ownerOrg ?? -1), ("@user", userId))];

    public static List<PanelRow> Panel(StoreReader db, long id) => [.. db.Connection.Query(
        PanelRow.Select + " WHERE cp.consultation_id = @id ORDER BY cp.alias", PanelRow.Read, ("@id", id))];

    public static List<ItemRow> Items(StoreReader db, long id) => [.. db.Connection.Query(
        $"SELECT {ItemRow.Columns} FROM consultation_items WHERE consultation_id = @id ORDER BY n", ItemRow.Read, ("@id", id))];

    public static List<RoundRow> Rounds(StoreReader db, long id) => [.. db.Connection.Query(
        $"SELECT {RoundRow.Columns} FROM consultation_rounds WHERE consultation_id = @id ORDER BY n", RoundRow.Read, ("@id", id))];

    public static List<AnswerRow> Answers(StoreReader db, long id) => [.. db.Connection.Query(
        $"SELECT {AnswerRow.Columns} FROM consultation_answers WHERE consultation_id = @id ORDER BY round, item, user_id", AnswerRow.Read, ("@id", id))];

    /// <summary>The user id of a user name (compared as sign-in compares it), or null.</summary>
    public static long? User(StoreReader db, string userName) => db.Connection.First(
        "SELECT id FROM users WHERE lower(user_name) = lower(@name)", r => (long?)r.GetInt64(0), ("@name", userName.Trim()));

    /// <summary>The people who wrote a work linked to a project (its works and its outputs).</summary>
    public static HashSet<long> ProjectAuthors(StoreReader db, long projectId) => [.. db.Connection.Query(
        "SELECT DISTINCT a.person_id FROM authorships a WHERE a.person_id IS NOT NULL AND (a.work_id IN (SELECT work_id FROM project_works WHERE project_id = @p) OR a.work_id IN (SELECT work_id FROM outputs WHERE project_id = @p))",
        r => r.GetInt64(0), ("@p", projectId))];
}
