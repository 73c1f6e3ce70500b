using Zhiku.Model;

namespace Zhiku.Formats.CslJson;

/// <summary>Zhiku kinds as CSL item types (https://docs.citationstyles.org/en/stable/specification.html#appendix-iii-types) and back.</summary>
internal static class CslKinds
{
    /// <summary>The CSL type of a kind.</summary>
    public static string Of(WorkKind kind) => kind switch
    {
        WorkKind.JournalArticle => "article-journal",
        WorkKind.ConferencePaper => "paper-conference",
        WorkKind.Book => "book",
        WorkKind.Chapter => "chapter",
        WorkKind.Thesis => "thesis",
        WorkKind.Patent => "patent",
        WorkKind.PolicyDocument => "legislation",
        WorkKind.ThinkTankReport or WorkKind.PolicyBrief => "report",
        WorkKind.News => "article-newspaper",
        WorkKind.Dataset => "dataset",
        WorkKind.Case => "legal_case",
        WorkKind.Preprint => "article",
        WorkKind.Review => "review",
        _ => "document",
    };

    /// <summary>The kind of a CSL type (reports read as think-tank reports).</summary>
    public static WorkKind Parse(string? type) => type switch
    {
        "article-journal" or "article-magazine" => WorkKind.JournalArticle,
        "paper-conference" => WorkKind.ConferencePaper,
        "book" => WorkKind.Book,
        "chapter" or "entry-encyclopedia" or "entry-dictionary" => WorkKind.Chapter,
        "thesis" => WorkKind.Thesis,
        "patent" => WorkKind.Patent,
        "legislation" or "bill" or "regulation" or "treaty" => WorkKind.PolicyDocument,
        "report" => WorkKind.ThinkTankReport,
        "article-newspaper" or "post-weblog" or "webpage" or "broadcast" => WorkKind.News,
        "dataset" => WorkKind.Dataset,
        "legal_case" => WorkKind.Case,
        "article" => WorkKind.Preprint,
        "review" or "review-book" => WorkKind.Review,
        _ => WorkKind.Other,
    };
}
