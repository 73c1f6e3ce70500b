using Zhiku.Model;

namespace Zhiku.Formats.OpenAlex;

/// <summary>OpenAlex work types (https://docs.openalex.org/api-entities/works/work-object#type) as Zhiku kinds.</summary>
internal static class OpenAlexKinds
{
    /// <summary>The kind for an OpenAlex type; an article in a conference source is a conference paper.</summary>
    public static WorkKind Of(string? type, string? sourceType = null) => type switch
    {
        "article" when sourceType == "conference" => WorkKind.ConferencePaper,
        "article" or "journal-article" => WorkKind.JournalArticle,
        "proceedings-article" => WorkKind.ConferencePaper,
        "book" or "monograph" or "edited-book" or "reference-book" => WorkKind.Book,
        "book-chapter" or "book-section" or "reference-entry" => WorkKind.Chapter,
        "dissertation" => WorkKind.Thesis,
        "preprint" or "posted-content" => WorkKind.Preprint,
        "review" => WorkKind.Review,
        "dataset" => WorkKind.Dataset,
        // OpenAlex "report" covers working papers and technical reports, the think-tank output type.
        "report" => WorkKind.ThinkTankReport,
        _ => WorkKind.Other,
    };

    /// <summary>OpenAlex institution types as organisation types.</summary>
    public static OrganisationType Organisation(string? type) => type switch
    {
        "education" => OrganisationType.University,
        "government" => OrganisationType.GovernmentBody,
        "company" => OrganisationType.Enterprise,
        "facility" or "archive" => OrganisationType.AcademyOrInstitute,
        "nonprofit" => OrganisationType.NonProfit,
        "funder" => OrganisationType.Funder,
        null => OrganisationType.Unknown,
        _ => OrganisationType.Other,
    };
}
