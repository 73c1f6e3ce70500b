using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Lens;

public sealed class LensCsvImporterTests
{
    private static IReadOnlyList<WorkRecord> Works()
    {
        var items = ImportKit.Read(SharedData.Path("bibliographic/lens/bibliometrix_lens_sample.csv"), "lens-csv");
        Assert.Empty(items.Errors());
        return items.Works();
    }

    [Fact]
    public void Reads_all_8_records() => Assert.Equal(8, Works().Count);

    [Fact]
    public void Reads_the_first_record()
    {
        var work = Works()[0];

        Assert.Equal("Dynamic real-time risk analytics of uncontrollable states in complex internet of things systems: cyber risk at the edge", work.MainTitle);
        Assert.Equal(10, work.Authors.Count);
        Assert.Equal("Petar Radanliev", work.Authors[0].Name);
        Assert.Equal("La’Treall Maddox", work.Authors[^1].Name);
        Assert.Equal("000-360-106-493-122", work.Identifiers[IdSchemes.Lens]);
        Assert.Equal("10.1007/s10669-020-09792-x", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal("33251087", work.Identifiers[IdSchemes.Pmid]);
        Assert.Equal("PMC7680653", work.Identifiers[IdSchemes.Pmcid]);
        Assert.Equal(2020, work.Year);
        Assert.Equal("2020-11-22", work.Date);
        Assert.Equal(10, work.CitedByCount);
        Assert.Equal(46, work.References.Count);
        Assert.Equal("000-928-794-577-264", work.References[0]);
        Assert.Equal(10, work.AuthorKeywords.Count);
        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Equal("21945411", work.Issn);
        Assert.Equal("1-12", work.Pages);
        Assert.Equal("United States", work.Extra["Source Country"]);
    }

    [Fact]
    public void Treats_NA_as_missing_in_the_last_record()
    {
        var work = Works()[^1];

        Assert.Equal("Un análisis bibliométrico del brand equity 1991 - 2018", work.MainTitle);
        Assert.Equal("001-354-075-327-521", work.Identifiers[IdSchemes.Lens]);
        Assert.False(work.Identifiers.ContainsKey(IdSchemes.Pmid));
        Assert.Equal(48, work.References.Count);
        Assert.Equal(2, work.CitedByCount);
    }
}
