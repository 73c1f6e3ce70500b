using System.Text;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Importing.Cnki;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Exporting;

/// <summary>Reads a real file, exports it, reads the export back (through detection) and compares the works field by field.</summary>
internal static class RoundTrip
{
    public static IReadOnlyList<WorkRecord> Read(string relative, string format)
    {
        var items = ImportKit.Read(SharedData.Path(relative), format);
        Assert.Empty(items.Errors().Select(e => e.Message));
        return items.Works();
    }

    public static IReadOnlyList<WorkRecord> ExportAndReimport(IReadOnlyList<WorkRecord> works, string format, string? importFormat = null)
    {
        var exporter = ExporterCatalog.Default.Find(format);
        Assert.NotNull(exporter);
        var text = new StringWriter();
        exporter.Write(works.Select((w, i) => new ExportedWork($"w{i + 1}", w)), text, CancellationToken.None);
        using var file = new FixtureFile(text.ToString(), new UTF8Encoding(false), exporter.Extension);
        var items = ImportKit.Read(file.Path, importFormat ?? format);
        Assert.Empty(items.Errors().Select(e => e.Message));
        return items.Works();
    }

    /// <summary>Asserts the fields an export must keep; the message names the record and the field.</summary>
    public static void AssertSame(IReadOnlyList<WorkRecord> expected, IReadOnlyList<WorkRecord> actual, string format)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            var at = $"record {i + 1} ({e.MainTitle})";
            SameList(at, "titles", e.Titles.Select(t => t.Text), a.Titles.Select(t => t.Text));
            Same(at, "title language", e.Titles[0].Lang, a.Titles[0].Lang);
            SameList(at, "authors", e.Authors.Select(x => x.Name), a.Authors.Select(x => x.Name));
            SameList(at, "full names", e.Authors.Select(x => x.FullName), a.Authors.Select(x => x.FullName));
            Same(at, "kind", e.Kind, a.Kind);
            Same(at, "year", e.Year, a.Year);
            Same(at, "date", e.Date, a.Date);
            SameList(at, "identifiers", e.Identifiers.Select(p => $"{p.Key}:{p.Value}"), a.Identifiers.Select(p => $"{p.Key}:{p.Value}"));
            SameList(at, "author keywords", e.AuthorKeywords, a.AuthorKeywords);
            SameList(at, "index keywords", e.IndexKeywords, a.IndexKeywords);
            SameList(at, "subjects", e.Subjects, a.Subjects);
            Same(at, "source", e.Source, a.Source);
            Same(at, "source abbreviation", e.SourceAbbreviation, a.SourceAbbreviation);
            SameList(at, "abstracts", e.Abstracts.Select(t => t.Text), a.Abstracts.Select(t => t.Text));
            Same(at, "volume/issue/pages", (e.Volume, e.Issue, e.Pages), (a.Volume, a.Issue, a.Pages));
            Same(at, "issn", e.Issn, a.Issn);
            Same(at, "publisher", e.Publisher, a.Publisher);
            Same(at, "language", e.Language, a.Language);
            Same(at, "document type", e.DocumentType, a.DocumentType);
            Same(at, "cited-by count", e.CitedByCount, a.CitedByCount);
            Same(at, "url", e.Url, a.Url);
            if (format == "ris")
            {
                SameList(at, "affiliations", e.Authors.Select(x => string.Join(" | ", x.Affiliations)), a.Authors.Select(x => string.Join(" | ", x.Affiliations)));
                SameList(at, "organisations", e.Organisations, a.Organisations);
            }
            else
            {
                SameList(at, "references", e.References, a.References);
                SameList(at, "funding", e.Funding, a.Funding);
            }
        }
    }

    private static void Same<T>(string at, string field, T expected, T actual)
    {
        if (!Equals(expected, actual))
        {
            Assert.Fail($"{at}: {field} differ: expected <{expected}>, got <{actual}>");
        }
    }

    private static void SameList<T>(string at, string field, IEnumerable<T> expected, IEnumerable<T> actual)
    {
        var (e, a) = (expected.ToList(), actual.ToList());
        if (!e.SequenceEqual(a))
        {
            Assert.Fail($"{at}: {field} differ: expected [{string.Join(" ; ", e)}], got [{string.Join(" ; ", a)}]");
        }
    }
}
