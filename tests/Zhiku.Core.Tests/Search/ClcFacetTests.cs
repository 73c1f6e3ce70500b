using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Search;
using Zhiku.Tests.Importing.Cnki;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

public sealed class ClcFacetTests
{
    [Fact]
    public void Counts_works_by_clc_top_level_class_named_in_both_languages_and_filters_on_it()
    {
        using var directory = new TempDataDirectory();
        using var file = CnkiTableFile.Write("html", "utf-8", CnkiTableSamples.FullHeader, CnkiTableSamples.Article, CnkiTableSamples.Thesis);
        using var kb = directory.Open();
        kb.Import([file.Path], new ImportOptions());

        var all = kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*" });
        var politics = kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Filters = new Dictionary<string, string> { ["clc"] = "D 政治、法律 / Politics and law" } });

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["C 社会科学总论 / Social sciences in general"] = 1,
                ["D 政治、法律 / Politics and law"] = 1,
                ["F 经济 / Economics"] = 1,
            },
            all.Facets["clc"].OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary());
        Assert.Equal("民族地区数字乡村治理的实践逻辑与优化路径", Assert.Single(politics.Hits).Title);
    }
}
