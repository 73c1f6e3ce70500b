using System.Globalization;
using System.Xml;
using Zhiku.Model;
using Zhiku.Search;

namespace Zhiku.Dissemination.Oai;

/// <summary>A work as unqualified Dublin Core in the OAI-PMH's oai_dc container.</summary>
internal static class OaiDcWriter
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string Schema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    public static void Write(XmlWriter xml, WorkRecord work, bool fromOpenAlex)
    {
        xml.WriteStartElement("oai_dc", "dc", Namespace);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiResponse.Xsi, Namespace + " " + Schema);
        foreach (var title in work.Titles)
        {
            XmlText.Element(xml, "dc", "title", Dc, title.Text, title.Lang);
        }

        foreach (var author in work.Authors)
        {
            XmlText.Element(xml, "dc", "creator", Dc, author.FullName ?? author.Name);
        }

        foreach (var keyword in PublicText.Keywords(work))
        {
            XmlText.Element(xml, "dc", "subject", Dc, keyword);
        }

        foreach (var text in PublicText.Abstracts(work, fromOpenAlex))
        {
            XmlText.Element(xml, "dc", "description", Dc, text.Text, text.Lang);
        }

        XmlText.Element(xml, "dc", "publisher", Dc, work.Publisher ?? work.IssuingBody);
        XmlText.Element(xml, "dc", "date", Dc, work.Date ?? work.Year?.ToString(CultureInfo.InvariantCulture));
        XmlText.Element(xml, "dc", "type", Dc, WorkKinds.Name(work.Kind));
        if (work.Identifiers.TryGetValue(IdSchemes.Doi, out var doi))
        {
            XmlText.Element(xml, "dc", "identifier", Dc, "https://doi.org/" + doi);
        }

        XmlText.Element(xml, "dc", "identifier", Dc, work.Url);
        XmlText.Element(xml, "dc", "source", Dc, work.Source);
        XmlText.Element(xml, "dc", "language", Dc, work.Language);
        xml.WriteEndElement();
    }
}
