namespace Zhiku.Attachments;

/// <summary>A refused upload, download or removal, with the reason the web translates and an English message for logs and the CLI.</summary>
public sealed class AttachmentException(AttachmentRefusal refusal, string message) : Exception(message)
{
    public AttachmentRefusal Refusal { get; } = refusal;
}
