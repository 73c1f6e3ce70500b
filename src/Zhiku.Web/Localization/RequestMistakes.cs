using System.Globalization;
using Zhiku.Analytics.Documents;
using Zhiku.Search;
using Zhiku.Search.Querying;

namespace Zhiku.Web.Localization;

/// <summary>
/// What is wrong in an analysis's or a search's parameters, in the reader's language: the same words on the pages and
/// in the API's problem details, naming the parameter, its value and what it allows.
/// </summary>
internal static class RequestMistakes
{
    /// <summary>A page's error line: a query, search or analysis mistake explained in the reader's language, else the message.</summary>
    public static string Describe(this Texts texts, Exception mistake) => mistake switch
    {
        QuerySyntaxException query => texts.Explain(query),
        SearchRequestException search => texts.Explain(search),
        AnalysisRequestException analysis => texts.Explain(analysis),
        _ => mistake.Message,
    };

    public static string Explain(this Texts texts, AnalysisRequestException mistake) =>
        texts.Format(
            "request." + mistake.Rule, mistake.Field, mistake.Value, string.Join("|", mistake.Choices),
            mistake.Min?.ToString(CultureInfo.InvariantCulture), mistake.Max?.ToString(CultureInfo.InvariantCulture));

    public static string Explain(this Texts texts, SearchRequestException mistake) =>
        texts.Format("request." + mistake.Mistake, mistake.Field, mistake.Value, string.Join("|", mistake.Choices));
}
