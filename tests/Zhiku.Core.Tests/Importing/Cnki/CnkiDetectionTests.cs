using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Cnki;

public sealed class CnkiDetectionTests
{
    [Theory]
    [InlineData("bibliographic/cnki/noteexpress/mixed.net", "cnki-noteexpress")]
    [InlineData("bibliographic/bibtex/pybibx_scopus.bib", "bibtex")]
    [InlineData("bibliographic/bibtex/bibliometrixdata_wos.bib", "bibtex")]
    [InlineData("bibliographic/pubmed/pybibx_pubmed.txt", "pubmed-medline")]
    [InlineData("bibliographic/pubmed/metaknowledge_medline.txt", "pubmed-medline")]
    public void Detects_real_files_by_content(string file, string format) =>
        Assert.Equal(format, ImportKit.DetectFormat(SharedData.Path(file)));

    [Theory]
    [InlineData("bibliographic/wos/bibliometrixdata_scientometrics.txt")]
    [InlineData("bibliographic/cnki/citespace-converted/download_1-307.txt")]
    [InlineData("bibliographic/scopus/scientopy_2017.csv")]
    [InlineData("bibliographic/wos-tab/scientopy_2026.txt")]
    [InlineData("bibliographic/lens/bibliometrix_lens_sample.csv")]
    public void Leaves_other_formats_alone(string file)
    {
        var format = ImportKit.DetectFormat(SharedData.Path(file));
        Assert.True(format is null || !Mine.Contains(format), $"{file} detected as {format}");
    }

    [Theory]
    [InlineData(CnkiFixtures.RefWorks, "cnki-refworks")]
    [InlineData(CnkiFixtures.Refer, "endnote-refer")]
    [InlineData(CnkiFixtures.EStudy, "cnki-estudy")]
    public void Tells_the_cnki_text_exports_apart(string text, string format)
    {
        using var file = new FixtureFile(text);
        Assert.Equal(format, ImportKit.DetectFormat(file.Path));
    }

    private static readonly string[] Mine = ["cnki-noteexpress", "cnki-refworks", "endnote-refer", "cnki-estudy", "ris", "bibtex", "pubmed-medline"];
}
