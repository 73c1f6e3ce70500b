namespace Zhiku.Dissemination.Oai;

/// <summary>Raised while a request is checked, before any of its answer is written; becomes an error response.</summary>
internal sealed class OaiRefusal(OaiError error) : Exception(error.Code)
{
    public OaiError Error { get; } = error;

    public static OaiRefusal Of(string code, string key, params string[] arguments) => new(new OaiError(code, key, arguments));
}
