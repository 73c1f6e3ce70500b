using System.Xml;
using Zhiku.Files;
using Zhiku.Model;
using Zhiku.Text.Dates;

namespace Zhiku.Formats.Feed;

/// <summary>
/// RSS 2.0 and Atom feeds: each item (entry) becomes a work. Read with a streaming <see cref="XmlReader"/>, DTDs
/// prohibited and no external resolution, since feeds come from anywhere.
/// </summary>
internal sealed class FeedImporter : IFormatImporter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public string Format => "feed";

    public int Detect(FileProbe probe)
    {
        var head = probe.HeadText.TrimStart();
        if (!head.StartsWith('<'))
        {
            return 0;
        }

        var start = head[..Math.Min(head.Length, 2000)];
        return start.Contains("<rss", StringComparison.Ordinal) && start.Contains("<channel", StringComparison.Ordinal) ? 95
            : start.Contains("<feed", StringComparison.Ordinal) && start.Contains(AtomNs, StringComparison.Ordinal) ? 95
            : 0;
    }

    public IEnumerable<ImportItem> Read(ImportSource source, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        using var xml = XmlReader.Create(source.OpenText(), settings);
        var channelTitle = (string?)null;
        var record = 0;
        var advanced = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FeedEntry? entry = null;
            string? error = null;
            var line = 0;
            try
            {
                if (!advanced && !xml.Read())
                {
                    break;
                }

                advanced = false;
                if (xml.EOF)
                {
                    break;
                }

                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                line = ((IXmlLineInfo)xml).LineNumber;
                if (xml.LocalName is "item" or "entry")
                {
                    entry = FeedEntry.ReadFrom(xml.ReadSubtree());
                }
                else if (xml.LocalName == "title" && channelTitle is null)
                {
                    channelTitle = xml.ReadElementContentAsString().Trim();
                    advanced = true;
                }
            }
            catch (XmlException ex)
            {
                error = ex.Message;
            }

            if (error is not null)
            {
                if (record == 0 && channelTitle is null)
                {
                    throw new ImportException($"{source.FileName}: not a readable feed: {error}");
                }

                yield return new RecordError(new RecordPosition(record + 1, line), $"record {record + 1} (line {line}): broken XML, the rest of the feed is skipped: {error}");
                yield break;
            }

            if (entry is null)
            {
                continue;
            }

            record++;
            var position = new RecordPosition(record, line);
            var work = ToWork(entry, channelTitle);
            yield return work is null
                ? new RecordError(position, $"record {record} (line {line}): item without title")
                : new ImportedWork(position, work);
        }
    }

    private static WorkRecord? ToWork(FeedEntry entry, string? channelTitle)
    {
        var title = HtmlText.ToText(entry.Title);
        if (title is null)
        {
            return null;
        }

        var isCrs = entry.Link?.Contains("crsreports.congress.gov", StringComparison.OrdinalIgnoreCase) == true
            || channelTitle?.Contains("Congressional Research Service", StringComparison.Ordinal) == true;
        var work = new WorkRecord
        {
            Kind = isCrs ? WorkKind.ThinkTankReport : WorkKind.News,
            Url = entry.Link,
            Source = channelTitle,
            Date = TableDates.Iso(entry.Date),
        };
        work.Year = TableDates.Year(work.Date);
        work.AddTitle(title);
        var description = HtmlText.ToText(entry.Description);
        // CRS items repeat the title as their description; that is no abstract.
        if (description is not null && description != title)
        {
            work.AddAbstract(description);
        }

        work.Language = entry.Language is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : work.Titles[0].Lang;
        work.Authors.AddRange(entry.Authors.Select(a => new AuthorRecord { Name = a }));
        work.AuthorKeywords.AddRange(entry.Categories);
        if (entry.Guid is not null)
        {
            work.Extra["guid"] = entry.Guid;
        }

        if (isCrs)
        {
            work.Publisher = "Congressional Research Service";
            work.Organisations.Add(work.Publisher);
            // Links end in the product number: https://crsreports.congress.gov/product/pdf/R/R45122
            var product = entry.Link?.TrimEnd('/').Split('/')[^1];
            work.AddIdentifier(IdSchemes.Crs, product);
        }

        return work;
    }
}
