using System.Text;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Importing.OpenAlex;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Exporting;

public sealed class ExportRoundTripTests : IDisposable
{
    private readonly List<string> _files = [];

    public void Dispose() => _files.ForEach(File.Delete);

    private (string Path, List<WorkRecord> Works) Export(string format, IReadOnlyList<WorkRecord> works)
    {
        var exporter = ExporterCatalog.Default.Find(format);
        Assert.NotNull(exporter);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}{exporter.Extension}");
        _files.Add(path);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            exporter.Write(works.Select((w, i) => new ExportedWork($"w{i + 1}", w)), writer, CancellationToken.None);
        }

        return (path, []);
    }

    [Theory]
    [InlineData("csljson", "csljson")]
    [InlineData("csv", "table-csv")]
    public void Real_openalex_works_survive_an_export_and_reimport(string format, string importFormat)
    {
        var works = OpenAlexJsonImporterTests.Works();
        var (path, _) = Export(format, works);

        var items = ImportKit.Read(path, importFormat);

        Assert.Empty(items.Errors());
        var back = items.Works();
        Assert.Equal(175, back.Count);
        for (var i = 0; i < works.Count; i++)
        {
            Assert.Equal(Portable(works[i]), Portable(back[i]));
        }
    }

    [Theory]
    [InlineData("csljson", "csljson")]
    [InlineData("csv", "table-csv")]
    public void Chinese_policy_documents_and_crs_reports_survive_an_export_and_reimport(string format, string importFormat)
    {
        var works = ImportKit.Read(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"), "jsonl").Works()
            .Concat(ImportKit.Read(SharedData.Path("documents/crs/crs_rss_feed.xml"), "feed").Works().Take(20))
            .ToList();
        var (path, _) = Export(format, works);

        var back = ImportKit.Read(path, importFormat).Works();

        Assert.Equal(80, back.Count);
        for (var i = 0; i < works.Count; i++)
        {
            Assert.Equal(Portable(works[i]), Portable(back[i]));
        }

        Assert.Equal("国发〔2019〕5号", back[0].Identifiers[IdSchemes.DocumentNumber]);
    }

    [Fact]
    public void Csl_json_names_authors_by_family_and_given_name()
    {
        var work = new WorkRecord { Kind = WorkKind.JournalArticle, Year = 2024, Date = "2024-05" };
        work.AddTitle("A title");
        work.Authors.AddRange([new AuthorRecord { Name = "Daniel Kaufmann" }, new AuthorRecord { Name = "Aria, M" }, new AuthorRecord { Name = "王明" }]);
        var (path, _) = Export("csljson", [work]);

        var text = File.ReadAllText(path);

        Assert.Contains("\"family\": \"Kaufmann\"", text, StringComparison.Ordinal);
        Assert.Contains("\"literal\": \"Aria, M\"", text, StringComparison.Ordinal);
        Assert.Contains("\"literal\": \"王明\"", text, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"article-journal\"", text, StringComparison.Ordinal);
        Assert.Contains("[\n        2024,\n        5\n      ]", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>The fields both formats carry, as one comparable string.</summary>
    private static string Portable(WorkRecord w) => string.Join("\n",
        w.Kind, w.MainTitle, string.Join("; ", w.Authors.Select(a => a.Name)), w.Year, w.Date, w.Source, w.Volume, w.Issue, w.Pages,
        w.Publisher, w.Issn, w.Language, w.Url, w.IssuingBody, w.CitedByCount, w.Abstracts.FirstOrDefault()?.Text,
        string.Join("; ", w.Identifiers.Where(i => i.Key != IdSchemes.Url).Select(i => $"{i.Key}={i.Value}")),
        string.Join("; ", w.AuthorKeywords), string.Join("; ", w.IndexKeywords), string.Join("; ", w.Subjects));
}
