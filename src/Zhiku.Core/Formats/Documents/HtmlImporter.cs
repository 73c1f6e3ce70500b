using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Zhiku.Formats.Documents;

/// <summary>A web page: title, visible text (no scripts, styles or attributes) and the usual meta tags.</summary>
internal sealed class HtmlImporter : DocumentImporter
{
    private static readonly string[] DateMetaNames =
        ["citation_publication_date", "dc.date", "dc.date.issued", "dcterms.issued", "article:published_time", "pubdate", "publishdate", "date", "firstpublishedtime"];

    public override string Format => "document-html";

    public override int Detect(FileProbe probe)
    {
        if (probe.IsBinary)
        {
            return 0;
        }

        var head = probe.HeadText.TrimStart();
        var start = head.Length > 2048 ? head[..2048] : head;
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return 90;
        }

        if (start.Contains("<html", StringComparison.OrdinalIgnoreCase) && !start.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return 75;
        }

        return probe.Extension is ".html" or ".htm" && start.Contains("<body", StringComparison.OrdinalIgnoreCase) ? 60 : 0;
    }

    protected override DocumentContent Extract(ImportSource source, CancellationToken cancellationToken)
    {
        string html;
        using (var reader = source.OpenText())
        {
            html = reader.ReadToEnd();
        }

        var tooDeep = HtmlFlatText.IsTooDeep(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(tooDeep ? HtmlFlatText.Head(html) : html);
        cancellationToken.ThrowIfCancellationRequested();
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in (string[])["ContentSource", "ColumnName", "og:site_name"])
        {
            if (Meta(document, name) is { } value)
            {
                extra[name] = value;
            }
        }

        return new DocumentContent
        {
            Text = tooDeep ? HtmlFlatText.Of(html) : HtmlText.Of(document.Body),
            Title = Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Meta(document, "og:title") ?? Meta(document, "ArticleTitle"),
            Author = Meta(document, "author") ?? Meta(document, "citation_author") ?? Meta(document, "dc.creator"),
            Keywords = Meta(document, "keywords"),
            Description = Meta(document, "description") ?? Meta(document, "og:description"),
            Date = DateMetaNames.Select(n => Meta(document, n)).FirstOrDefault(v => v is not null),
            Url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url"),
            Extra = extra,
        };
    }

    /// <summary>The content of a meta tag by name or property, compared without case.</summary>
    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("name") ?? meta.GetAttribute("property");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
