using System.Globalization;
using System.Xml;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;

namespace Zhiku.Dissemination.Oai;

/// <summary>
/// A work in Zhiku's own format (prefix zhiku, schema served at /oai/zhiku.xsd): what Dublin Core flattens kept
/// apart, authors with their ORCID and affiliations, identifiers by scheme, the kind, year and source.
/// </summary>
internal static class ZhikuFormatWriter
{
    public const string Namespace = "urn:zhiku:oai:1.0";

    public static void Write(XmlWriter xml, OaiContext context, long id, WorkRecord work, bool fromOpenAlex)
    {
        const string z = "zhiku";
        xml.WriteStartElement(z, "work", Namespace);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiResponse.Xsi, Namespace + " " + context.ZhikuSchemaUrl);
        xml.WriteAttributeString("id", WorkIds.Format(id));
        xml.WriteAttributeString("kind", WorkKinds.Name(work.Kind));
        foreach (var title in work.Titles)
        {
            XmlText.Element(xml, z, "title", Namespace, title.Text, title.Lang, "lang");
        }

        foreach (var author in work.Authors.Where(a => !string.IsNullOrWhiteSpace(a.FullName ?? a.Name)))
        {
            xml.WriteStartElement(z, "author", Namespace);
            XmlText.Element(xml, z, "name", Namespace, author.FullName ?? author.Name);
            XmlText.Element(xml, z, "orcid", Namespace, author.Ids.GetValueOrDefault(IdSchemes.Orcid));
            foreach (var affiliation in author.Affiliations)
            {
                XmlText.Element(xml, z, "affiliation", Namespace, affiliation);
            }

            xml.WriteEndElement();
        }

        foreach (var organisation in work.Organisations)
        {
            XmlText.Element(xml, z, "organisation", Namespace, organisation);
        }

        foreach (var keyword in PublicText.Keywords(work))
        {
            XmlText.Element(xml, z, "keyword", Namespace, keyword);
        }

        XmlText.Element(xml, z, "year", Namespace, work.Year?.ToString(CultureInfo.InvariantCulture));
        XmlText.Element(xml, z, "date", Namespace, work.Date);
        XmlText.Element(xml, z, "source", Namespace, work.Source);
        XmlText.Element(xml, z, "publisher", Namespace, work.Publisher ?? work.IssuingBody);
        foreach (var (scheme, value) in work.Identifiers.Where(i => !string.IsNullOrWhiteSpace(i.Value)))
        {
            xml.WriteStartElement(z, "identifier", Namespace);
            xml.WriteAttributeString("scheme", scheme);
            xml.WriteString(XmlText.Clean(value));
            xml.WriteEndElement();
        }

        XmlText.Element(xml, z, "language", Namespace, work.Language);
        foreach (var text in PublicText.Abstracts(work, fromOpenAlex))
        {
            XmlText.Element(xml, z, "abstract", Namespace, text.Text, text.Lang, "lang");
        }

        XmlText.Element(xml, z, "url", Namespace, work.Url);
        xml.WriteEndElement();
    }
}
