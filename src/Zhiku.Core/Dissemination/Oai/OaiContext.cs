namespace Zhiku.Dissemination.Oai;

/// <summary>
/// What one response needs from the web: the endpoint's URL, the URL of the zhiku format's schema, the time of the
/// response and the reader's words by text key (error explanations oai.*, set names, kinds kind.*).
/// </summary>
public sealed record OaiContext(string BaseUrl, string ZhikuSchemaUrl, DateTime Now, Func<string, string> Text)
{
    /// <summary>An error's explanation in the reader's language.</summary>
    public string Explain(OaiError error) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Text("oai." + error.Key), error.Arguments);
}
