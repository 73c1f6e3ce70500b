namespace Zhiku.Web.Localization;

/// <summary>The words of the attachments of registry records (the edit page's section, the entity pages' list, API problems) in both languages.</summary>
internal static class AttachmentTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["attachment.heading"] = "附件",
        ["attachment.none"] = "暂无附件。",
        ["attachment.file"] = "文件（PDF、DOCX 或 HTML，至多 {0} MB）",
        ["attachment.upload"] = "上传附件",
        ["attachment.remove"] = "删除",
        ["attachment.size"] = "大小",
        ["attachment.uploaded"] = "上传者与时间",
        ["attachment.name"] = "文件名",
        ["attachment.searchable"] = "全文可检索",
        ["attachment.added"] = "已上传附件。",
        ["attachment.removed"] = "已删除附件。",
        ["attachment.problem"] = "附件未能保存",
        ["attachment.refusal.notFound"] = "没有该记录或附件，或您无权查看。",
        ["attachment.refusal.noRight"] = "只有管理员、主管和分析员可以添加或删除附件。",
        ["attachment.refusal.notYours"] = "只有该记录所属机构的成员可以修改其附件。",
        ["attachment.refusal.empty"] = "文件是空的。",
        ["attachment.refusal.tooLarge"] = "文件太大：附件至多 {0} MB。",
        ["attachment.refusal.unsupportedType"] = "文件内容不是 PDF、Word 文档（DOCX）或 HTML 网页（按内容判断，与文件名无关）。",
        ["attachment.refusal.noFile"] = "请以 multipart/form-data 的 file 字段上传一个文件。",
        ["attachment.text.unreadable"] = "文件已保存，但其文字无法读取（文件可能已损坏），不能全文检索。",
        ["attachment.text.timeout"] = "文件已保存，但读取文字超时，不能全文检索。",
        ["attachment.text.no-text"] = "文件已保存，但其中没有可读取的文字（例如扫描件），不能全文检索。",
        ["registry.action.attach"] = "添加附件：{0}",
        ["registry.action.detach"] = "删除附件：{0}",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["attachment.heading"] = "Attachments",
        ["attachment.none"] = "No attachments yet.",
        ["attachment.file"] = "File (PDF, DOCX or HTML, at most {0} MB)",
        ["attachment.upload"] = "Upload attachment",
        ["attachment.remove"] = "Remove",
        ["attachment.size"] = "Size",
        ["attachment.uploaded"] = "Uploaded by, at",
        ["attachment.name"] = "File name",
        ["attachment.searchable"] = "Full text searchable",
        ["attachment.added"] = "Attachment uploaded.",
        ["attachment.removed"] = "Attachment removed.",
        ["attachment.problem"] = "The attachment was not saved",
        ["attachment.refusal.notFound"] = "No such record or attachment, or you may not see it.",
        ["attachment.refusal.noRight"] = "Only administrators, managers and analysts add or remove attachments.",
        ["attachment.refusal.notYours"] = "Only members of the record's own organisation change its attachments.",
        ["attachment.refusal.empty"] = "The file is empty.",
        ["attachment.refusal.tooLarge"] = "The file is too large: an attachment may have at most {0} MB.",
        ["attachment.refusal.unsupportedType"] = "The file's content is not a PDF, a Word document (DOCX) or an HTML page (told by its content, not its name).",
        ["attachment.refusal.noFile"] = "Upload one file in the field 'file' of a multipart/form-data request.",
        ["attachment.text.unreadable"] = "The file was saved, but its text cannot be read (the file may be damaged), so it is not searched.",
        ["attachment.text.timeout"] = "The file was saved, but reading its text took too long, so it is not searched.",
        ["attachment.text.no-text"] = "The file was saved, but it holds no readable text (a scan, for example), so it is not searched.",
        ["registry.action.attach"] = "Attachment added: {0}",
        ["registry.action.detach"] = "Attachment removed: {0}",
    };
}
