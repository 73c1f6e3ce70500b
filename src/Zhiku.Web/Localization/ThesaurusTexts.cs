using Zhiku.Thesaurus;

namespace Zhiku.Web.Localization;

/// <summary>The words of the keyword thesaurus (the API's problems) in both languages; details name the term or line as the core says them.</summary>
internal static class ThesaurusTexts
{
    public static readonly IReadOnlyDictionary<string, string> Zh = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["thesaurus.problem"] = "无法完成叙词表操作",
    };

    public static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["thesaurus.problem"] = "The thesaurus could not be changed",
    };

    /// <summary>The status a thesaurus problem answers: 404 for an unknown entry, else 400.</summary>
    public static int Status(ThesaurusException e) =>
        e.Code == "entry-not-found" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
}
