using System.Xml;

namespace Zhiku.Analytics.Networks.Export;

/// <summary>GEXF 1.3 (gexf.net) with a cluster and occurrences attribute, viz:position and weighted undirected edges.</summary>
public static class GexfWriter
{
    private const string Ns = "http://gexf.net/1.3";
    private const string VizNs = "http://gexf.net/1.3/viz";

    public static void Write(NetworkMap map, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("xmlns", "viz", null, VizNs);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteStartElement("attributes", Ns);
        xml.WriteAttributeString("class", "node");
        Attribute(xml, "0", "cluster", "integer");
        Attribute(xml, "1", "occurrences", "integer");
        xml.WriteEndElement();
        xml.WriteStartElement("nodes", Ns);
        for (var i = 0; i < map.Labels.Count; i++)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", XmlFormat.Id(i));
            xml.WriteAttributeString("label", map.Labels[i]);
            xml.WriteStartElement("attvalues", Ns);
            Value(xml, "0", XmlFormat.Number(map.Clusters[i] + 1));
            Value(xml, "1", XmlFormat.Number(map.Occurrences[i]));
            xml.WriteEndElement();
            xml.WriteStartElement("position", VizNs);
            xml.WriteAttributeString("x", XmlFormat.Number(map.X[i]));
            xml.WriteAttributeString("y", XmlFormat.Number(map.Y[i]));
            xml.WriteAttributeString("z", "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Ns);
        var id = 0;
        foreach (var (s, t, w) in map.Links())
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", XmlFormat.Number(id++));
            xml.WriteAttributeString("source", XmlFormat.Id(s));
            xml.WriteAttributeString("target", XmlFormat.Id(t));
            xml.WriteAttributeString("weight", XmlFormat.Number(w));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attribute(XmlWriter xml, string id, string title, string type)
    {
        xml.WriteStartElement("attribute", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("attvalue", Ns);
        xml.WriteAttributeString("for", key);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
