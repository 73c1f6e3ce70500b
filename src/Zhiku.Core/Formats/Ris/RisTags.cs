using Zhiku.Model;

namespace Zhiku.Formats.Ris;

/// <summary>
/// RIS reference types and the custom tags Zhiku writes so that its exports read back whole: ZF (an author's full name,
/// after its AU), ZI (index keyword), ZS (subject), ZK (the Zhiku kind when TY cannot say it), ZC (cited-by count),
/// and AN as "scheme:value" for identifiers.
/// </summary>
internal static class RisTags
{
    public const string FullName = "ZF";
    public const string IndexKeyword = "ZI";
    public const string Subject = "ZS";
    public const string Kind = "ZK";
    public const string CitedBy = "ZC";

    /// <summary>The kind of a RIS reference type.</summary>
    public static WorkKind KindOf(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "JOUR" or "JFULL" or "EJOUR" or "ABST" or "INPR" or "MGZN" => WorkKind.JournalArticle,
        "CONF" or "CPAPER" => WorkKind.ConferencePaper,
        "BOOK" or "EBOOK" or "EDBOOK" => WorkKind.Book,
        "CHAP" or "ECHAP" => WorkKind.Chapter,
        "THES" => WorkKind.Thesis,
        "PAT" => WorkKind.Patent,
        "GOVDOC" or "BILL" or "STAT" or "LEGAL" => WorkKind.PolicyDocument,
        "RPRT" => WorkKind.ThinkTankReport,
        "NEWS" => WorkKind.News,
        "DATA" or "DBASE" => WorkKind.Dataset,
        "CASE" => WorkKind.Case,
        "UNPB" => WorkKind.Preprint,
        _ => WorkKind.Other,
    };

    /// <summary>The RIS reference type written for a kind.</summary>
    public static string TypeOf(WorkKind kind) => kind switch
    {
        WorkKind.JournalArticle or WorkKind.Review => "JOUR",
        WorkKind.ConferencePaper => "CPAPER",
        WorkKind.Book => "BOOK",
        WorkKind.Chapter => "CHAP",
        WorkKind.Thesis => "THES",
        WorkKind.Patent => "PAT",
        WorkKind.PolicyDocument => "GOVDOC",
        WorkKind.ThinkTankReport or WorkKind.PolicyBrief => "RPRT",
        WorkKind.News => "NEWS",
        WorkKind.Dataset => "DATA",
        WorkKind.Case => "CASE",
        WorkKind.Preprint => "UNPB",
        _ => "GEN",
    };
}
