using System.Xml;

namespace Zhiku.Dissemination.Oai;

/// <summary>The envelope every answer shares: the OAI-PMH root, the response date and the request it answers.</summary>
internal static class OaiResponse
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Opens the root and writes the request element: its arguments, unless <paramref name="request"/> is null.</summary>
    public static void Start(XmlWriter xml, OaiContext context, OaiRequest? request)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("OAI-PMH", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", Xsi, Namespace + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        xml.WriteElementString("responseDate", Namespace, OaiDates.Datestamp(context.Now));
        xml.WriteStartElement("request", Namespace);
        if (request is not null)
        {
            xml.WriteAttributeString("verb", request.Verb);
            foreach (var name in OaiRequest.ArgumentOrder)
            {
                if (request[name] is { } value)
                {
                    xml.WriteAttributeString(name, XmlText.Clean(value));
                }
            }
        }

        xml.WriteString(context.BaseUrl);
        xml.WriteEndElement();
    }

    /// <summary>A whole error response.</summary>
    public static void Error(XmlWriter xml, OaiContext context, OaiRequest? request, OaiError error)
    {
        Start(xml, context, error.HidesArguments ? null : request);
        xml.WriteStartElement("error", Namespace);
        xml.WriteAttributeString("code", error.Code);
        xml.WriteString(XmlText.Clean(context.Explain(error)));
        xml.WriteEndElement();
        End(xml);
    }

    public static void End(XmlWriter xml)
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
