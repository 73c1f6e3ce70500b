using Zhiku.Formats;
using Zhiku.Formats.Lens;
using Zhiku.Formats.Scopus;
using Zhiku.Formats.Wos;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Wos;

/// <summary>Detection of the WoS-family, Scopus and Lens files by content, and no claims on other formats' files.</summary>
public sealed class FormatDetectionTests
{
    private static readonly IFormatImporter[] Mine =
        [new WosPlainImporter(), new WosTabImporter(), new CnkiCiteSpaceImporter(), new ScopusCsvImporter(), new LensCsvImporter()];

    private static readonly string[] MyFolders = ["wos", "wos-tab", "scopus", "lens", Path.Combine("cnki", "citespace-converted")];

    [Theory]
    [InlineData("wos/bibliometrix_wos_sample.txt", "wos-plain")]
    [InlineData("wos/bibliometrixdata_scientometrics.txt", "wos-plain")]
    [InlineData("wos/metaknowledge_SimplePaper.isi", "wos-plain")]
    [InlineData("wos/metaknowledge_badFile.isi", "wos-plain")]
    [InlineData("wos-tab/scientopy_2017.txt", "wos-tab")]
    [InlineData("wos-tab/scientopy_2026.txt", "wos-tab")]
    [InlineData("cnki/citespace-converted/download_1-307.txt", "cnki-citespace")]
    [InlineData("scopus/scientopy_2017.csv", "scopus-csv")]
    [InlineData("scopus/metaknowledge_old_layout.csv", "scopus-csv")]
    [InlineData("scopus/bibliometrix_new_layout.csv", "scopus-csv")]
    [InlineData("lens/bibliometrix_lens_sample.csv", "lens-csv")]
    public void Detects_the_format_by_content(string file, string format) =>
        Assert.Equal(format, ImportKit.DetectFormat(SharedData.Path("bibliographic/" + file)));

    [Fact]
    public void Scores_zero_on_every_other_shared_file()
    {
        var root = SharedData.Path("bibliographic");
        var others = Directory.EnumerateFiles(SharedData.Path(string.Empty), "*", SearchOption.AllDirectories)
            .Where(f => !MyFolders.Any(d => Path.GetDirectoryName(f) == Path.Combine(root, d)))
            .ToList();

        Assert.NotEmpty(others);
        foreach (var file in others)
        {
            var probe = FileProbe.Open(file);
            Assert.All(Mine, importer => Assert.True(importer.Detect(probe) == 0, $"{importer.Format} claims {file}"));
        }
    }
}
