using System.Xml;

namespace Zhiku.Formats.Feed;

/// <summary>The fields of one RSS item or Atom entry, as text.</summary>
internal sealed class FeedEntry
{
    public string? Title { get; private set; }

    public string? Link { get; private set; }

    public string? Description { get; private set; }

    public string? Date { get; private set; }

    public string? Guid { get; private set; }

    public string? Language { get; private set; }

    public List<string> Authors { get; } = [];

    public List<string> Categories { get; } = [];

    /// <summary>Reads an item or entry subtree (the reader stands before its start tag).</summary>
    public static FeedEntry ReadFrom(XmlReader reader)
    {
        var entry = new FeedEntry();
        using (reader)
        {
            reader.Read();
            entry.Language = reader.GetAttribute("xml:lang");
            reader.Read();
            // Every field read consumes its element, so the loop only advances past other nodes itself.
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1)
                {
                    entry.ReadField(reader);
                }
                else
                {
                    reader.Read();
                }
            }
        }

        return entry;
    }

    private void ReadField(XmlReader reader)
    {
        switch (reader.LocalName)
        {
            case "title":
                // Read before the ??=, which would skip it: a second title left unread loops for ever.
                var title = Content(reader);
                Title ??= title;
                break;
            case "link":
                // Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
                var href = reader.GetAttribute("href");
                var rel = reader.GetAttribute("rel");
                var linkText = Content(reader);
                if (href is null)
                {
                    Link ??= linkText;
                }
                else if (rel is null or "alternate")
                {
                    Link ??= href.Trim();
                }

                break;
            case "description" or "summary" or "content" or "encoded":
                // Prefer the summary/description over full content:encoded for the abstract.
                var isSummary = reader.LocalName is "description" or "summary";
                var description = Content(reader);
                if (Description is null || isSummary)
                {
                    Description = description ?? Description;
                }

                break;
            case "pubDate" or "published" or "updated" or "date":
                var isUpdated = reader.LocalName == "updated";
                var date = Content(reader);
                if (!isUpdated || Date is null)
                {
                    Date = date ?? Date;
                }

                break;
            case "guid" or "id":
                var guid = Content(reader);
                Guid ??= guid;
                break;
            case "author" or "creator":
                var name = ReadAuthor(reader);
                if (name is not null)
                {
                    Authors.Add(name);
                }

                break;
            case "category":
                var attribute = reader.GetAttribute("term");
                var term = Content(reader);
                if (!string.IsNullOrWhiteSpace(attribute ?? term))
                {
                    Categories.Add((attribute ?? term)!.Trim());
                }

                break;
            default:
                reader.Skip();
                break;
        }
    }

    /// <summary>An RSS author ("mail@x (Name)"), dc:creator, or an Atom &lt;author&gt;&lt;name&gt;.</summary>
    private static string? ReadAuthor(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }

        string? text = null;
        string? name = null;
        using (var sub = reader.ReadSubtree())
        {
            sub.Read();
            while (sub.Read())
            {
                if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "name")
                {
                    var read = sub.ReadElementContentAsString().Trim();
                    name ??= read;
                }
                else if (sub.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    text = (text + sub.Value).Trim();
                }
            }
        }

        // Closing the subtree leaves the reader on the author's end tag.
        reader.Read();
        if (name is { Length: > 0 })
        {
            return name;
        }

        if (text is { Length: > 0 } && text.EndsWith(')') && text.IndexOf(" (", StringComparison.Ordinal) is var open and > 0)
        {
            return text[(open + 2)..^1].Trim();
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string? Content(XmlReader reader)
    {
        string text;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            text = string.Empty;
        }
        else
        {
            text = reader.ReadInnerXml();
        }

        // Atom type="html" and RSS descriptions escape HTML; ReadInnerXml keeps child markup (type="xhtml") as HTML.
        text = System.Net.WebUtility.HtmlDecode(text).Trim();
        return text.Length == 0 ? null : text;
    }
}
