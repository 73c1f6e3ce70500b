using Zhiku.Attachments;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Registry;

/// <summary>An attachment as the API shows it; after an upload, <see cref="TextMessage"/> says in the reader's language why its text is not searched.</summary>
internal sealed record AttachmentJson(
    int N, string FileName, string MediaType, long Size, string Sha256, string UploadedBy, string UploadedAt, bool Searchable, string? TextProblem, string? TextMessage)
{
    public static AttachmentJson Of(Attachment a, Texts? texts) =>
        new(a.N, a.FileName, a.MediaType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt, a.Searchable, a.TextProblem,
            a.TextProblem is { } problem && texts is not null ? texts["attachment.text." + problem] : null);
}
