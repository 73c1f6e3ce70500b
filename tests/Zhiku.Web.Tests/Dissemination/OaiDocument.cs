using System.Xml.Linq;

namespace Zhiku.Web.Tests.Dissemination;

/// <summary>One OAI-PMH response as text (for xmllint) and as a document (for assertions).</summary>
internal sealed record OaiDocument(string Text, XDocument Xml)
{
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Zhiku = "urn:zhiku:oai:1.0";

    /// <summary>The error code, or null for an answer.</summary>
    public string? Error => Xml.Root!.Element(Oai + "error")?.Attribute("code")?.Value;

    public List<string> Identifiers => [.. Xml.Descendants(Oai + "header").Select(h => h.Element(Oai + "identifier")!.Value)];

    public XElement? Token => Xml.Descendants(Oai + "resumptionToken").SingleOrDefault();

    public static async Task<OaiDocument> GetAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/oai?" + query);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        return new OaiDocument(text, XDocument.Parse(text));
    }

    /// <summary>Every page of a list, following the resumption tokens; the pages in order.</summary>
    public static async Task<List<OaiDocument>> HarvestAsync(HttpClient client, string verb, string arguments)
    {
        var pages = new List<OaiDocument> { await GetAsync(client, $"verb={verb}&{arguments}") };
        while (pages[^1].Token is { Value.Length: > 0 } token)
        {
            pages.Add(await GetAsync(client, $"verb={verb}&resumptionToken={Uri.EscapeDataString(token.Value)}"));
            Assert.True(pages.Count < 10_000, "the resumption tokens do not end");
        }

        return pages;
    }
}
