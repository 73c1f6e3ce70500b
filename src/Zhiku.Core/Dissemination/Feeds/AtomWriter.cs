using System.Globalization;
using System.Xml;
using Zhiku.Dissemination.Oai;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Dissemination;

namespace Zhiku.Dissemination.Feeds;

/// <summary>An Atom 1.0 feed (RFC 4287) of works: id, title, updated, links and authors on the feed and every entry.</summary>
internal static class AtomWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static void Write(Stream output, AtomContext context, IReadOnlyList<PublicWorkRow> rows)
    {
        using var xml = XmlWriter.Create(output, XmlText.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, context.Language);
        xml.WriteElementString("id", Atom, context.FeedUrl);
        xml.WriteElementString("title", Atom, XmlText.Clean(context.Title));
        var updated = rows.Count == 0 ? context.Now : rows.Max(r => Parse(r.ChangedAt));
        xml.WriteElementString("updated", Atom, Timestamp(updated));
        Link(xml, "self", context.FeedUrl, "application/atom+xml");
        Link(xml, "alternate", context.SiteUrl, "text/html");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, XmlText.Clean(context.Author));
        xml.WriteEndElement();
        xml.WriteElementString("generator", Atom, "Zhiku");
        foreach (var row in rows)
        {
            Entry(xml, context, row);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Entry(XmlWriter xml, AtomContext context, PublicWorkRow row)
    {
        var work = StoreJson.Deserialize<WorkRecord>(row.Document);
        var url = context.WorkUrl(WorkIds.Format(row.Id));
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, url);
        xml.WriteElementString("title", Atom, XmlText.Clean(string.IsNullOrWhiteSpace(work.MainTitle) ? WorkIds.Format(row.Id) : work.MainTitle));
        xml.WriteElementString("updated", Atom, Timestamp(Parse(row.ChangedAt)));
        Link(xml, "alternate", url, "text/html");
        foreach (var author in work.Authors.Take(20))
        {
            if (!string.IsNullOrWhiteSpace(author.FullName ?? author.Name))
            {
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, XmlText.Clean((author.FullName ?? author.Name).Trim()));
                xml.WriteEndElement();
            }
        }

        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", WorkKinds.Name(work.Kind));
        xml.WriteEndElement();
        if (PublicText.Abstracts(work, row.FromOpenAlex).FirstOrDefault() is { } summary)
        {
            xml.WriteStartElement("summary", Atom);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(XmlText.Clean(summary.Text));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static DateTime Parse(string changedAt) =>
        DateTime.Parse(changedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static string Timestamp(DateTime utc) => OaiDates.Datestamp(utc);
}
