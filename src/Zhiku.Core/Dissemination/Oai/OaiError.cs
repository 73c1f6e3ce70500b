namespace Zhiku.Dissemination.Oai;

/// <summary>
/// One OAI-PMH error: the protocol's <see cref="Code"/> (badArgument, badVerb, ...), the text key that explains it to
/// a reader (oai.{Key}) and the values the text names.
/// </summary>
public sealed record OaiError(string Code, string Key, params string[] Arguments)
{
    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string BadVerb = "badVerb";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
    public const string NoSetHierarchy = "noSetHierarchy";

    /// <summary>Whether the response's request element must show the base URL only (the arguments were not understood).</summary>
    public bool HidesArguments => Code is BadArgument or BadVerb;
}
