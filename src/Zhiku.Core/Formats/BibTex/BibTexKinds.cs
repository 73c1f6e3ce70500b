using Zhiku.Model;

namespace Zhiku.Formats.BibTex;

/// <summary>Maps BibTeX entry types (and WoS/Scopus "type" fields) to kinds, and kinds back to entry types.</summary>
internal static class BibTexKinds
{
    /// <summary>The Zhiku field that names the kind when the entry type cannot.</summary>
    public const string KindField = "zhiku-kind";

    public static WorkKind KindOf(string entryType, string? documentType)
    {
        // WoS and Scopus write reviews as @article with type "Review".
        if (documentType is not null && documentType.Split(';').Any(t => t.Trim().Equals("Review", StringComparison.OrdinalIgnoreCase)))
        {
            return WorkKind.Review;
        }

        return entryType switch
        {
            "article" => WorkKind.JournalArticle,
            "inproceedings" or "conference" or "proceedings" => WorkKind.ConferencePaper,
            "book" or "booklet" => WorkKind.Book,
            "inbook" or "incollection" => WorkKind.Chapter,
            "phdthesis" or "mastersthesis" or "thesis" => WorkKind.Thesis,
            "techreport" or "report" => WorkKind.ThinkTankReport,
            "patent" => WorkKind.Patent,
            "dataset" => WorkKind.Dataset,
            "unpublished" => WorkKind.Preprint,
            _ => WorkKind.Other,
        };
    }

    public static string EntryTypeOf(WorkKind kind) => kind switch
    {
        WorkKind.JournalArticle or WorkKind.Review => "article",
        WorkKind.ConferencePaper => "inproceedings",
        WorkKind.Book => "book",
        WorkKind.Chapter => "incollection",
        WorkKind.Thesis => "phdthesis",
        WorkKind.ThinkTankReport or WorkKind.PolicyBrief => "techreport",
        WorkKind.Patent => "patent",
        WorkKind.Dataset => "dataset",
        WorkKind.Preprint => "unpublished",
        _ => "misc",
    };
}
