using Zhiku.Files;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Feed;

public sealed class FeedImporterTests
{
    private static string Temp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"feed-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Reads_the_thousand_items_of_the_crs_feed()
    {
        var items = ImportKit.Read(SharedData.Path("documents/crs/crs_rss_feed.xml"), "feed");

        Assert.Empty(items.Errors());
        var works = items.Works();
        Assert.Equal(1000, works.Count);
        Assert.All(works, w => Assert.Equal(WorkKind.ThinkTankReport, w.Kind));

        var first = works[0];
        Assert.Equal("Afghanistan: Background and U.S. Policy In Brief", first.MainTitle);
        Assert.Equal("https://crsreports.congress.gov/product/pdf/R/R45122", first.Url);
        Assert.Equal(("2025-03-07", 2025), (first.Date, first.Year));
        Assert.Equal("R45122", first.Identifiers[IdSchemes.Crs]);
        Assert.Equal("R45122-66", first.Extra["guid"]);
        Assert.Equal("Congressional Research Service Reports", first.Source);
        Assert.Empty(first.Abstracts);

        var last = works[^1];
        Assert.Equal(("Recreation.gov: Overview and Issues for Congress", "IF12778", "2024-10-07"), (last.MainTitle, last.Identifiers[IdSchemes.Crs], last.Date));
    }

    [Fact]
    public async Task An_item_with_a_second_title_and_guid_keeps_the_first_and_the_feed_reads_on()
    {
        // Found by the long fuzz run (a repeated slice of the CRS feed): a second <title> or <guid> in one item was
        // never consumed, so reading the item looped for ever and the import hung.
        var path = Temp("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Congressional Research Service Reports</title>
            <item><title>Expiring Provisions of P.L. 115-97</title>
            <title>Child Welfare: Purposes, Federal Programs, and Funding</title>
            <link>https://crsreports.congress.gov/product/pdf/IF/IF10590</link><guid>IF10590-49</guid><guid>IF10590-50</guid></item>
            <item><title>Costa Rica: An Overview</title><link>https://crsreports.congress.gov/product/pdf/IF/IF10908</link></item>
            </channel></rss>
            """);
        try
        {
            // A guard, not a speed test: a loop must fail the test, not hang the suite.
            var read = Task.Run(() => ImportKit.Read(path, "feed"));
            var ended = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(ended == read, "reading a feed item with two titles did not end");

            var works = (await read).Works();
            Assert.Equal(["Expiring Provisions of P.L. 115-97", "Costa Rica: An Overview"], works.Select(w => w.MainTitle));
            Assert.Equal("IF10590-49", works[0].Extra["guid"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reads_an_rss_item_with_html_description_creator_and_categories()
    {
        var path = Temp("""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tech Policy News</title>
            <item><title>AI rules &amp; you</title><link>https://example.org/a</link>
            <description>&lt;p&gt;New &lt;b&gt;rules&lt;/b&gt; for AI.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;More&amp;nbsp;text.&lt;/p&gt;</description>
            <dc:creator>Jane Doe</dc:creator><author>editor@example.org (John Roe)</author>
            <category>AI</category><category>Regulation</category><pubDate>Mon, 3 Feb 2025 10:00:00 GMT</pubDate></item>
            <item><description>no title here</description></item>
            </channel></rss>
            """);
        try
        {
            var items = ImportKit.Read(path, "feed");

            var work = Assert.Single(items.Works());
            Assert.Equal((WorkKind.News, "AI rules & you"), (work.Kind, work.MainTitle));
            Assert.Equal("New rules for AI. More text.", work.Abstracts[0].Text);
            Assert.Equal(["Jane Doe", "John Roe"], work.Authors.Select(a => a.Name));
            Assert.Equal(["AI", "Regulation"], work.AuthorKeywords);
            Assert.Equal(("2025-02-03", "Tech Policy News"), (work.Date, work.Source));
            Assert.Equal("record 2 (line 7): item without title", Assert.Single(items.Errors()).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reads_an_atom_feed()
    {
        var path = Temp("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Think Tank Updates</title>
              <entry>
                <title type="html">Energy &lt;i&gt;transition&lt;/i&gt; brief</title>
                <link rel="self" href="https://example.org/self/1"/>
                <link rel="alternate" href="https://example.org/briefs/1"/>
                <id>urn:uuid:1</id>
                <published>2024-11-05T08:00:00Z</published>
                <updated>2024-12-01T08:00:00Z</updated>
                <author><name>Li Wei</name><email>li@example.org</email></author>
                <category term="energy"/>
                <summary type="html">&lt;p&gt;Short summary.&lt;/p&gt;</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Long body.</p></div></content>
              </entry>
            </feed>
            """);
        try
        {
            var work = Assert.Single(ImportKit.Read(path, "feed").Works());

            Assert.Equal("Energy transition brief", work.MainTitle);
            Assert.Equal("https://example.org/briefs/1", work.Url);
            Assert.Equal(("2024-11-05", 2024), (work.Date, work.Year));
            Assert.Equal(["Li Wei"], work.Authors.Select(a => a.Name));
            Assert.Equal(["energy"], work.AuthorKeywords);
            Assert.Equal("Short summary.", work.Abstracts[0].Text);
            Assert.Equal("urn:uuid:1", work.Extra["guid"]);
            Assert.Equal("Think Tank Updates", work.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Refuses_a_feed_with_a_dtd()
    {
        var path = Temp("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <rss version="2.0"><channel><title>&lol2;</title><item><title>x</title></item></channel></rss>
            """);
        try
        {
            var importer = Assert.IsType<Zhiku.Formats.Feed.FeedImporter>(ImporterCatalog.Default.Detect(FileProbe.Open(path)));
            var ex = Assert.Throws<ImportException>(() => importer.Read(ImportSource.Open(path), CancellationToken.None).ToList());
            Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
