namespace Zhiku.Attachments;

/// <summary>Why an attachment was refused; the web answers each in the reader's language.</summary>
public enum AttachmentRefusal
{
    /// <summary>No such record or attachment, or one the caller may not see.</summary>
    NotFound,

    /// <summary>The caller's role does not edit records.</summary>
    NoRight,

    /// <summary>The record belongs to another organisation.</summary>
    NotYours,

    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>The file is larger than the configured cap.</summary>
    TooLarge,

    /// <summary>The file's content is not a PDF, a Word document (DOCX) or an HTML page, whatever its name says.</summary>
    UnsupportedType,
}
