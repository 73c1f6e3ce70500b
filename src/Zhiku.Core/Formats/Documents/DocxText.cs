using System.Text;
using System.Xml;

namespace Zhiku.Formats.Documents;

/// <summary>
/// The paragraphs of a Word document's main part, read as a stream of XML (never as a document tree, which for a large
/// part costs many times its size): paragraphs in order, table cells included, text cut at a bound.
/// </summary>
internal static class DocxText
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The text, one paragraph per line, and the first paragraph styled Title or Heading1.</summary>
    public static (string Text, string? StyledTitle) Read(Stream part, int maxChars, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var xml = XmlReader.Create(part, settings);
        var text = new StringBuilder();
        var paragraphs = new Stack<(StringBuilder Text, string? Style)>();
        string? styledTitle = null;
        var chunk = new char[8192];
        while (xml.Read() && text.Length < maxChars)
        {
            if (xml.NamespaceURI != W)
            {
                continue;
            }

            switch (xml.NodeType, xml.LocalName)
            {
                case (XmlNodeType.Element, "p") when !xml.IsEmptyElement:
                    cancellationToken.ThrowIfCancellationRequested();
                    paragraphs.Push((new StringBuilder(), null));
                    break;
                case (XmlNodeType.EndElement, "p") when paragraphs.Count > 0:
                    var (paragraph, style) = paragraphs.Pop();
                    var line = paragraph.ToString().Trim();
                    if (line.Length > 0)
                    {
                        if (styledTitle is null && (string.Equals(style, "Title", StringComparison.OrdinalIgnoreCase) || string.Equals(style, "Heading1", StringComparison.OrdinalIgnoreCase)))
                        {
                            styledTitle = line.Length > 2000 ? line[..2000] : line;
                        }

                        text.Append(line, 0, Math.Min(line.Length, maxChars - text.Length)).Append('\n');
                    }

                    break;
                case (XmlNodeType.Element, "pStyle") when paragraphs.Count > 0:
                    paragraphs.Push((paragraphs.Pop().Text, xml.GetAttribute("val", W)));
                    break;
                case (XmlNodeType.Element, "tab") when paragraphs.Count > 0:
                    paragraphs.Peek().Text.Append('\t');
                    break;
                case (XmlNodeType.Element, "br" or "cr") when paragraphs.Count > 0:
                    paragraphs.Peek().Text.Append('\n');
                    break;
                case (XmlNodeType.Element, "t") when paragraphs.Count > 0 && !xml.IsEmptyElement:
                    if (!AppendText(xml, paragraphs.Peek().Text, chunk, maxChars - text.Length))
                    {
                        // The bound is reached: keep what fits and read no further.
                        return (text.Append(paragraphs.Peek().Text).ToString(), styledTitle);
                    }

                    break;
            }
        }

        return (text.ToString(), styledTitle);
    }

    // Reads the text of a w:t in chunks, so a single run of a gigabyte never becomes one string; false when out of room.
    private static bool AppendText(XmlReader xml, StringBuilder paragraph, char[] chunk, int room)
    {
        xml.Read();
        while (xml.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
        {
            int read;
            while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                paragraph.Append(chunk, 0, Math.Min(read, Math.Max(0, room - paragraph.Length)));
                if (paragraph.Length >= room)
                {
                    return false;
                }
            }

            xml.Read();
        }

        return true;
    }
}
