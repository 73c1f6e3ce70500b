using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.CslJson;

public sealed class CslJsonImporterTests
{
    [Fact]
    public void Reads_zotero_style_items_without_zhiku_extras()
    {
        var path = Path.Combine(Path.GetTempPath(), $"csl-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            [
              {"id": "http://zotero.org/users/1/items/ABCD", "type": "report",
               "title": "Semiconductor supply chains", "author": [{"family": "Doe", "given": "Jane"}, {"literal": "OECD Secretariat"}],
               "issued": {"date-parts": [["2023", "7"]]}, "publisher": "OECD", "number": "No. 12",
               "keyword": "chips, trade policy", "DOI": "10.1787/XYZ", "language": "en-US", "URL": "https://example.org/r"},
              {"id": "b", "type": "article-journal", "issued": {"date-parts": [[2020]]}},
              {"id": "c", "type": "legislation", "title": "国务院关于某事的通知", "authority": "国务院", "issued": {"raw": "2019-02-15"}}
            ]
            """);
        try
        {
            var items = ImportKit.Read(path, "csljson");

            var works = items.Works();
            Assert.Equal(2, works.Count);
            var report = works[0];
            Assert.Equal((WorkKind.ThinkTankReport, "Semiconductor supply chains"), (report.Kind, report.MainTitle));
            Assert.Equal(["Jane Doe", "OECD Secretariat"], report.Authors.Select(a => a.Name));
            Assert.Equal(("2023-07", 2023), (report.Date, report.Year));
            Assert.Equal(["chips", "trade policy"], report.AuthorKeywords);
            Assert.Equal(("10.1787/xyz", "OECD"), (report.Identifiers[IdSchemes.Doi], report.Publisher));
            var policy = works[1];
            Assert.Equal((WorkKind.PolicyDocument, "国务院", "2019-02-15", 2019), (policy.Kind, policy.IssuingBody, policy.Date, policy.Year));
            Assert.Equal("zh", policy.Titles[0].Lang);
            Assert.Equal("record 2 (line 6): item without title", Assert.Single(items.Errors()).Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
