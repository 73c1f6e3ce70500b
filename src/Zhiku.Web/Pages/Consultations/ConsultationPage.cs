using System.Globalization;
using System.Security.Claims;
using Zhiku.Consultation;
using Zhiku.Web.Accounts;
using Zhiku.Web.Api;
using Zhiku.Web.Localization;

namespace Zhiku.Web.Pages.Consultations;

/// <summary>
/// What the consultation pages share: the actor of the request by the API's rule, the problem of a refused action in
/// the reader's language, and numbers written the same way on every page (the statistics the tests read back).
/// </summary>
internal static class ConsultationPage
{
    public static ConsultationActor? Actor(HttpContext context, ClaimsPrincipal user) => ConsultationApi.Actor(context.Caller(), user);

    public static string Explain(Texts texts, ConsultationException e) => ConsultationTexts.Explain(texts, e.Code, e.Args);

    /// <summary>A statistic with at most three decimals, invariant (a median of 2040 stays 2040, a W of 0.36 stays 0.36).</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "–";

    /// <summary>A consultation's or round's state as the reader reads it.</summary>
    public static string StateOf(Texts texts, string? state) => state is null ? "–" : texts["consult.state." + state];
}
