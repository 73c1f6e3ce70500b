namespace Zhiku.Attachments;

/// <summary>
/// A file attached to a registry record, as lists show it: its number on the record, name, checked media type, size,
/// SHA-256, who uploaded it and when, and whether its text is searchable (<see cref="TextProblem"/> says why not).
/// </summary>
public sealed record Attachment(
    int N, string FileName, string MediaType, long Size, string Sha256, string UploadedBy, string UploadedAt, bool Searchable, string? TextProblem);

/// <summary>An attachment's bytes with its name and media type, for a download.</summary>
public sealed record AttachmentFile(string FileName, string MediaType, byte[] Content);
