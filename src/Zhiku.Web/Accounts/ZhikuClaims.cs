namespace Zhiku.Web.Accounts;

/// <summary>The claims a signed-in user carries.</summary>
internal static class ZhikuClaims
{
    public const string UserId = "zhiku:uid";
    public const string OrganisationId = "zhiku:org";
    public const string OrganisationName = "zhiku:org-name";
    public const string SecurityStamp = "zhiku:stamp";
}
