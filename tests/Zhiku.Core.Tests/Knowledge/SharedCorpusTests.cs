using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>Every real export and document in shared/data goes through detection and the pipeline with its record count.</summary>
public sealed class SharedCorpusTests
{
    // file → (format, records read, rejected). Counts from data/SOURCES.md, checked against the files.
    private static readonly Dictionary<string, (string Format, int Records, int Rejected)> Expected = new(StringComparer.Ordinal)
    {
        ["bibtex/bibliometrixdata_wos.bib"] = ("bibtex", 99, 0),
        ["bibtex/pybibx_scopus.bib"] = ("bibtex", 24, 0),
        ["bibtex/pybibx_wos.bib"] = ("bibtex", 29, 0),
        ["cnki/citespace-converted/download_1-307.txt"] = ("cnki-citespace", 307, 0),
        ["cnki/noteexpress/ChineseColon.net"] = ("cnki-noteexpress", 1, 0),
        ["cnki/noteexpress/Classic5Test.net"] = ("cnki-noteexpress", 5, 0),
        ["cnki/noteexpress/CoverAllTest15Entries.net"] = ("cnki-noteexpress", 15, 0),
        ["cnki/noteexpress/LotsOfEnglish.net"] = ("cnki-noteexpress", 21, 0),
        ["cnki/noteexpress/mixed.net"] = ("cnki-noteexpress", 12, 0),
        ["cnki/noteexpress/withLineBreakInAddress.net"] = ("cnki-noteexpress", 1, 0),
        ["lens/bibliometrix_lens_sample.csv"] = ("lens-csv", 8, 0),
        ["openalex/bibliometrix_openalex_web_export.csv"] = ("openalex-csv", 8, 0),
        ["openalex/works-api/works_chunk_1.json"] = ("openalex-json", 50, 0),
        ["openalex/works-api/works_chunk_2.json"] = ("openalex-json", 50, 0),
        ["openalex/works-api/works_chunk_3.json"] = ("openalex-json", 50, 0),
        ["openalex/works-api/works_chunk_4.json"] = ("openalex-json", 25, 0),
        ["openalex/works-api/keypapers_page_1.json"] = ("openalex-json", 2, 0),
        ["pubmed/metaknowledge_medline.txt"] = ("pubmed-medline", 175, 0),
        ["pubmed/pybibx_pubmed.txt"] = ("pubmed-medline", 10, 0),
        ["scopus/bibliometrix_new_layout.csv"] = ("scopus-csv", 8, 0),
        ["scopus/metaknowledge_old_layout.csv"] = ("scopus-csv", 220, 0),
        ["scopus/scientopy_2017.csv"] = ("scopus-csv", 921, 0),
        ["wos-tab/scientopy_2017.txt"] = ("wos-tab", 125, 0),
        ["wos-tab/scientopy_2026.txt"] = ("wos-tab", 71, 0),
        ["wos/bibliometrix_wos_sample.txt"] = ("wos-plain", 8, 0),
        ["wos/bibliometrixdata_scientometrics.txt"] = ("wos-plain", 147, 0),
        ["wos/metaknowledge_OnePaper.isi"] = ("wos-plain", 1, 0),
        ["wos/metaknowledge_OnePaper2.isi"] = ("wos-plain", 1, 0),
        ["wos/metaknowledge_OnePaperNoCites.isi"] = ("wos-plain", 1, 0),
        ["wos/metaknowledge_SimplePaper.isi"] = ("wos-plain", 1, 0),
        ["wos/metaknowledge_TwoPaper.isi"] = ("wos-plain", 2, 0),
        ["wos/metaknowledge_badFile.isi"] = ("wos-plain", 32, 1),
        ["wos/metaknowledge_savedrecs.txt"] = ("wos-plain", 32, 0),
        ["wos/metaknowledge_testFile.isi"] = ("wos-plain", 34, 2),
        ["../documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"] = ("jsonl", 60, 0),
        ["../documents/cn-policy/government_work_reports.jsonl"] = ("jsonl", 72, 0),
        ["../documents/crs/crs_rss_feed.xml"] = ("feed", 1000, 0),
        ["../documents/crs/crs_search_results.csv"] = ("table-csv", 12865, 0),
    };

    [Fact]
    public void Every_bibliographic_export_and_document_imports_with_its_format_and_record_count()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var files = Expected.Keys.Select(k => Path.GetFullPath(SharedData.Path("bibliographic/" + k))).ToList();

        var report = kb.Import(files, new ImportOptions());

        foreach (var file in report.Files)
        {
            var key = Expected.Keys.Single(k => Path.GetFullPath(SharedData.Path("bibliographic/" + k)) == file.Path);
            var (format, records, rejected) = Expected[key];
            Assert.True(file.Failure is null, $"{key}: {file.Failure}");
            Assert.True(format == file.Format, $"{key}: detected {file.Format}, expected {format}");
            Assert.True(records == file.Records, $"{key}: read {file.Records}, expected {records}");
            Assert.True(rejected == file.Rejected, $"{key}: rejected {file.Rejected}, expected {rejected}");
        }

        // Everything that was read went somewhere: a new work, a merge, an unchanged duplicate or a rejection.
        Assert.Equal(report.Records, report.Imported + report.Merged + report.Unchanged + report.Rejected + report.Entities);
        Assert.Equal(report.Imported, kb.Read(Caller.Owner).Statistics().Works);
        Assert.Equal(report.Imported, kb.Index.Count);

        // And a second import of the whole corpus is a no-op.
        var again = kb.Import(files, new ImportOptions());
        Assert.Equal(0, again.Imported + again.Merged);
    }
}
