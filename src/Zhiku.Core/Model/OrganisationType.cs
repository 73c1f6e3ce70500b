namespace Zhiku.Model;

/// <summary>The type of an organisation.</summary>
public enum OrganisationType
{
    Unknown,
    GovernmentBody,
    University,
    AcademyOrInstitute,
    Enterprise,
    SocialThinkTank,
    ThinkTank,
    Funder,
    Publisher,
    International,
    NonProfit,
    Other,
}
