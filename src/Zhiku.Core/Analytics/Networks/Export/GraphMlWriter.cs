using System.Xml;

namespace Zhiku.Analytics.Networks.Export;

/// <summary>GraphML (graphml.graphdrawing.org) with node keys label, cluster, x, y, occurrences and edge key weight.</summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(NetworkMap map, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(map);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        Key(xml, "label", "node", "label", "string");
        Key(xml, "cluster", "node", "cluster", "int");
        Key(xml, "x", "node", "x", "double");
        Key(xml, "y", "node", "y", "double");
        Key(xml, "occurrences", "node", "occurrences", "int");
        Key(xml, "weight", "edge", "weight", "double");
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "undirected");
        for (var i = 0; i < map.Labels.Count; i++)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", XmlFormat.Id(i));
            Data(xml, "label", map.Labels[i]);
            Data(xml, "cluster", XmlFormat.Number(map.Clusters[i] + 1));
            Data(xml, "x", XmlFormat.Number(map.X[i]));
            Data(xml, "y", XmlFormat.Number(map.Y[i]));
            Data(xml, "occurrences", XmlFormat.Number(map.Occurrences[i]));
            xml.WriteEndElement();
        }

        foreach (var (s, t, w) in map.Links())
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("source", XmlFormat.Id(s));
            xml.WriteAttributeString("target", XmlFormat.Id(t));
            Data(xml, "weight", XmlFormat.Number(w));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
