using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Zhiku.Knowledge;
using Zhiku.Registry;
using Zhiku.Storage;
using Zhiku.Storage.History;

namespace Zhiku.Attachments;

/// <summary>
/// The files attached to people, organisations, projects and cases: whoever edits a record attaches and removes them,
/// whoever sees it lists and downloads them. Each change is a version in the record's history and a change of the feed,
/// so that the entity search finds the record by the words of its attachments at once.
/// </summary>
public sealed class EntityAttachments(KnowledgeBase kb)
{
    /// <summary>The largest file accepted (20 MB unless configured otherwise).</summary>
    public long MaxBytes { get; init; } = 20L << 20;

    /// <summary>How long reading one file's text may take before it is stored without text.</summary>
    public TimeSpan TextTimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Attaches a file to a record the actor edits; its type is told by its content, its text read for the search.</summary>
    public Attachment Add(RegistryActor actor, RegistryKind kind, string publicId, string fileName, byte[] content)
    {
        var id = Editable(actor, kind, publicId);
        var name = SafeName(fileName);
        if (content.Length == 0)
        {
            throw new AttachmentException(AttachmentRefusal.Empty, $"{name}: the file is empty");
        }

        if (content.Length > MaxBytes)
        {
            throw new AttachmentException(AttachmentRefusal.TooLarge, $"{name}: {content.Length:N0} bytes, more than the {MaxBytes:N0} bytes an attachment may have");
        }

        var mediaType = AttachmentText.MediaType(content)
            ?? throw new AttachmentException(AttachmentRefusal.UnsupportedType, $"{name}: the content is not a PDF, a Word document (DOCX) or an HTML page");
        var (text, problem) = AttachmentText.Read(content, mediaType, TextTimeLimit);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        return kb.Store.Write(session =>
        {
            var row = Owned(session, actor, kind, id, publicId);
            var n = (int)((session.Sql.Long("SELECT MAX(n) FROM entity_attachments WHERE entity = $1 AND entity_id = $2", kind.Entity, id) ?? 0) + 1);
            var seq = Touch(session, actor, kind, id, row, "attach", name);
            session.Sql.Execute(
                "INSERT INTO entity_attachments(entity, entity_id, n, file_name, media_type, size, sha256, content, text, text_problem, uploaded_by, uploaded_at, removed, updated_seq) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, $13)",
                kind.Entity, id, n, name, mediaType, (long)content.Length, sha, content, text, problem, actor.Name, at, seq);
            return new Attachment(n, name, mediaType, content.Length, sha, actor.Name, at, text is not null, problem);
        });
    }

    /// <summary>Removes an attachment: it is no longer listed, served or searched; the history keeps that it was there.</summary>
    public void Remove(RegistryActor actor, RegistryKind kind, string publicId, int n)
    {
        var id = Editable(actor, kind, publicId);
        kb.Store.Write(session =>
        {
            var row = Owned(session, actor, kind, id, publicId);
            var name = session.Sql.Bind("SELECT file_name FROM entity_attachments WHERE entity = $1 AND entity_id = $2 AND n = $3 AND removed = 0", kind.Entity, id, n)
                .ExecuteScalar() as string ?? throw new AttachmentException(AttachmentRefusal.NotFound, $"{publicId} has no attachment {n}");
            var seq = Touch(session, actor, kind, id, row, "detach", name);
            session.Sql.Execute("UPDATE entity_attachments SET removed = 1, updated_seq = $1 WHERE entity = $2 AND entity_id = $3 AND n = $4", seq, kind.Entity, id, n);
            return seq;
        });
    }

    /// <summary>The attachments of a record the caller sees, in the order they were added; null when the record is hidden.</summary>
    public IReadOnlyList<Attachment>? List(RegistryActor actor, RegistryKind kind, string publicId)
    {
        if (Visible(actor, kind, publicId) is not { } id)
        {
            return null;
        }

        using var db = kb.Store.OpenReader();
        return
        [
            .. db.Connection.Query(
                "SELECT n, file_name, media_type, size, sha256, uploaded_by, uploaded_at, text IS NOT NULL, text_problem FROM entity_attachments WHERE entity = @e AND entity_id = @id AND removed = 0 ORDER BY n",
                r => new Attachment(
                    Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture),
                    r.GetString(4), r.GetString(5), r.GetString(6), Convert.ToBoolean(r.GetValue(7), CultureInfo.InvariantCulture), r.NullableString(8)),
                ("@e", kind.Entity), ("@id", id)),
        ];
    }

    /// <summary>An attachment's bytes, or null when the record is hidden from the caller or has no such attachment.</summary>
    public AttachmentFile? Open(RegistryActor actor, RegistryKind kind, string publicId, int n)
    {
        if (Visible(actor, kind, publicId) is not { } id)
        {
            return null;
        }

        using var db = kb.Store.OpenReader();
        return db.Connection.First(
            "SELECT file_name, media_type, content FROM entity_attachments WHERE entity = @e AND entity_id = @id AND n = @n AND removed = 0",
            r => new AttachmentFile(r.GetString(0), r.GetString(1), r.GetFieldValue<byte[]>(2)),
            ("@e", kind.Entity), ("@id", id), ("@n", (long)n));
    }

    // The record's number when the actor may change it: it exists, they see it and their role edits.
    private long Editable(RegistryActor actor, RegistryKind kind, string publicId)
    {
        var id = Visible(actor, kind, publicId) ?? throw new AttachmentException(AttachmentRefusal.NotFound, $"{publicId}: no such {kind.Entity}");
        return actor.MayEdit
            ? id
            : throw new AttachmentException(AttachmentRefusal.NoRight, $"{actor.Name} may not change the attachments of {kind.Route}: administrators, managers and analysts do");
    }

    private static EditableRow Owned(WriteSession session, RegistryActor actor, RegistryKind kind, long id, string publicId)
    {
        var row = new HistoryWriter(session).Row(kind.Table, id) ?? throw new AttachmentException(AttachmentRefusal.NotFound, $"{publicId}: no such {kind.Entity}");
        return actor.Owns(row.Owner)
            ? row
            : throw new AttachmentException(AttachmentRefusal.NotYours, $"{publicId}: only its own organisation changes this {kind.Entity}");
    }

    // The record's change: a new revision and feed entry (the search rebuilds), and a version naming the file.
    private static long Touch(WriteSession session, RegistryActor actor, RegistryKind kind, long id, EditableRow row, string action, string file)
    {
        var history = new HistoryWriter(session);
        var last = history.LastVersion(kind.Entity, id);
        if (last == 0)
        {
            history.AddVersion(kind.Entity, id, 1, "import", row.Document, row.Access, Summary("import", null));
            last = 1;
        }

        var seq = session.Changes.Append(kind.Entity, id, "update", null);
        session.Sql.Execute($"UPDATE {kind.Table} SET updated_seq = $1 WHERE id = $2", seq, id);
        history.AddVersion(kind.Entity, id, last + 1, actor.Name, row.Document, row.Access, Summary(action, file));
        return seq;
    }

    private static string Summary(string action, string? file)
    {
        var summary = new JsonObject { ["action"] = action, ["fields"] = new JsonArray() };
        if (file is not null)
        {
            summary["file"] = file;
        }

        return summary.ToJsonString(StoreJson.Options);
    }

    // Attachments are part of the record: a caller who sees a person only through their works does not see them.
    private long? Visible(RegistryActor actor, RegistryKind kind, string publicId)
    {
        if (kind.ParseId(publicId) is not { } id)
        {
            return null;
        }

        var read = kb.Read(actor.Caller);
        var seen = kind.Entity switch
        {
            "person" => read.Person(publicId)?.Record is not null,
            "organisation" => read.Organisation(publicId)?.Record is not null,
            "case" => read.Case(publicId) is not null,
            _ => read.Project(publicId)?.Record is not null,
        };
        return seen ? id : null;
    }

    // The file's own name without folders or control characters, at most 200 characters.
    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length > 200)
        {
            name = name[^200..];
        }

        return name.Length == 0 ? "attachment" : name;
    }
}
