namespace Zhiku.Storage;

/// <summary>SQL shared by the readers of works.</summary>
internal static class WorkSql
{
    /// <summary>The merged document of work <c>w</c>: its own, or its only source's while it has just one.</summary>
    public const string Document = "COALESCE(w.doc, (SELECT s.doc FROM work_sources s WHERE s.work_id = w.id))";
}
