using System.Text;

namespace Zhiku.Sources;

/// <summary>
/// An RSS 2.0 or Atom feed: fetched conditionally (a 304 fetches nothing), then read by the feed importer, which
/// de-duplicates its items against the store, so a re-run of an unchanged feed adds nothing. A feed with a DTD or
/// entity declarations is refused before it is read.
/// </summary>
internal static class FeedHarvester
{
    public static async Task RunAsync(HarvestContext context, CancellationToken cancellationToken)
    {
        var source = context.Source;
        var outcome = context.Outcome;
        var file = context.NewFile(".xml");
        try
        {
            var fetched = await context.Fetcher.FetchAsync(
                new Uri(source.Location), source.ETag, source.LastModified, file, CheckXml, outcome.Note, cancellationToken);
            if (fetched.NotModified)
            {
                outcome.NotModified = true;
                return;
            }

            outcome.Fetched = 1;
            var report = context.Import(file, "feed");
            outcome.Add(report, "feed");
            if (report.FailedFiles > 0)
            {
                outcome.Failure = "the feed could not be read";
                return;
            }

            // The validators are kept only when the feed went in, so that a failed one is fetched whole next time.
            outcome.ETag = fetched.ETag;
            outcome.LastModified = fetched.LastModified;
        }
        finally
        {
            HarvestContext.Delete(file);
        }
    }

    // A DTD can declare entities that expand without bound; feeds need none. A body that does not start as XML is
    // taken as a broken answer (an error page, a cut-off body) and fetched again.
    private static void CheckXml(string path)
    {
        var head = new char[8192];
        int read;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            read = reader.ReadBlock(head, 0, head.Length);
        }

        var text = new string(head, 0, read);
        if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            throw new HarvestFetchException("the feed declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which Zhiku refuses", retriable: false);
        }

        if (!text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('<'))
        {
            throw new InvalidDataException("the answer is not XML (it does not start with '<')");
        }
    }
}
