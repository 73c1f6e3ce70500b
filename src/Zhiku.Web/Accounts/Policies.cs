namespace Zhiku.Web.Accounts;

/// <summary>Authorisation policies and authentication schemes by name.</summary>
internal static class Policies
{
    /// <summary>May import (administrator, manager, analyst).</summary>
    public const string Import = "import";

    /// <summary>Signed in by cookie or bearer token.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Import through the API: a bearer token with an importing role (no cookie, so no cross-site forgery).</summary>
    public const string ApiImport = "api-import";

    /// <summary>May manage users (administrator; manager within their organisation).</summary>
    public const string ManageUsers = "manage-users";

    /// <summary>Manage users through the API: a bearer token of an administrator or manager (no cookie, so no cross-site forgery).</summary>
    public const string ApiManageUsers = "api-manage-users";

    /// <summary>May curate registries: accept, reject and undo merges of people (administrator, manager).</summary>
    public const string Curate = "curate";

    /// <summary>Curate through the API: a bearer token of an administrator or manager (no cookie, so no cross-site forgery).</summary>
    public const string ApiCurate = "api-curate";

    /// <summary>
    /// Curate the keyword thesaurus through the API: a bearer token of an administrator, manager or analyst, the roles
    /// the /thesaurus page lets curate (analysts keep the vocabulary of their analyses; every entry can be removed).
    /// </summary>
    public const string ApiThesaurus = "api-thesaurus";

    /// <summary>
    /// Act on a consultation through the API: a bearer token of any signed-in user (no cookie, so no cross-site
    /// forgery); who may do what in a consultation is decided by the consultation itself (owner staff or panel).
    /// </summary>
    public const string ApiConsultation = "api-consultation";

    public const string BearerScheme = "Bearer";

    /// <summary>Chooses the bearer scheme when the request carries an Authorization header, else the cookie.</summary>
    public const string SmartScheme = "zhiku";

    public const string SignInLimiter = "sign-in";
}
