namespace Zhiku.Tests.Exporting;

public sealed class RoundTripTests
{
    [Theory]
    [InlineData("bibliographic/bibtex/bibliometrixdata_wos.bib", "bibtex", "bibtex")]
    [InlineData("bibliographic/bibtex/pybibx_scopus.bib", "bibtex", "bibtex")]
    [InlineData("bibliographic/bibtex/pybibx_wos.bib", "bibtex", "bibtex")]
    [InlineData("bibliographic/pubmed/metaknowledge_medline.txt", "pubmed-medline", "bibtex")]
    [InlineData("bibliographic/pubmed/pybibx_pubmed.txt", "pubmed-medline", "bibtex")]
    [InlineData("bibliographic/bibtex/bibliometrixdata_wos.bib", "bibtex", "ris")]
    [InlineData("bibliographic/bibtex/pybibx_scopus.bib", "bibtex", "ris")]
    [InlineData("bibliographic/bibtex/pybibx_wos.bib", "bibtex", "ris")]
    [InlineData("bibliographic/pubmed/metaknowledge_medline.txt", "pubmed-medline", "ris")]
    [InlineData("bibliographic/pubmed/pybibx_pubmed.txt", "pubmed-medline", "ris")]
    [InlineData("bibliographic/cnki/noteexpress/CoverAllTest15Entries.net", "cnki-noteexpress", "ris")]
    [InlineData("bibliographic/cnki/noteexpress/LotsOfEnglish.net", "cnki-noteexpress", "ris")]
    [InlineData("bibliographic/cnki/noteexpress/mixed.net", "cnki-noteexpress", "bibtex")]
    [InlineData("bibliographic/cnki/noteexpress/CoverAllTest15Entries.net", "cnki-noteexpress", "bibtex")]
    public void Export_reads_back_to_the_same_works(string file, string sourceFormat, string exportFormat)
    {
        var works = RoundTrip.Read(file, sourceFormat);

        var again = RoundTrip.ExportAndReimport(works, exportFormat);

        RoundTrip.AssertSame(works, again, exportFormat);
    }
}
