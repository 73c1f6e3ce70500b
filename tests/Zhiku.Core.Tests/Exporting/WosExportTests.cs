using System.Text;
using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Exporting;

/// <summary>Web of Science plain text, the interchange format of CiteSpace, VOSviewer and bibliometrix.</summary>
public sealed class WosExportTests
{
    [Theory]
    [InlineData("bibliographic/wos/bibliometrixdata_scientometrics.txt", "wos-plain")]
    [InlineData("bibliographic/wos/bibliometrix_wos_sample.txt", "wos-plain")]
    [InlineData("bibliographic/wos/metaknowledge_savedrecs.txt", "wos-plain")]
    [InlineData("bibliographic/wos-tab/scientopy_2026.txt", "wos-tab")]
    [InlineData("bibliographic/bibtex/bibliometrixdata_wos.bib", "bibtex")]
    [InlineData("bibliographic/cnki/noteexpress/CoverAllTest15Entries.net", "cnki-noteexpress")]
    public void Wos_export_reads_back_to_the_same_works(string file, string sourceFormat)
    {
        var works = RoundTrip.Read(file, sourceFormat);

        var again = RoundTrip.ExportAndReimport(works, "wos", "wos-plain");

        RoundTrip.AssertSame(works, again, "wos");
        for (var i = 0; i < works.Count; i++)
        {
            var (e, a) = (works[i], again[i]);
            Assert.Equal(Authors(e), Authors(a));
            if (sourceFormat.StartsWith("wos", StringComparison.Ordinal))
            {
                // Other formats keep addresses per author only; read back from C1 they are also the record's.
                Assert.Equal(e.Affiliations, a.Affiliations);
                Assert.Equal(e.Countries, a.Countries);
            }
        }
    }

    [Fact]
    public void Wos_export_of_the_scientometrics_sample_keeps_its_counts_and_the_tags_bibliometrix_reads()
    {
        var works = RoundTrip.Read("bibliographic/wos/bibliometrixdata_scientometrics.txt", "wos-plain");

        var text = Write(works);

        Assert.StartsWith("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU ", text, StringComparison.Ordinal);
        Assert.EndsWith("ER\n\nEF\n", text, StringComparison.Ordinal);
        Assert.Equal(works.Count, Count(text, "\nPT "));
        Assert.Equal(works.Count, Count(text, "\nER\n"));
        Assert.Equal(works.Count(w => w.References.Count > 0), Count(text, "\nCR "));
        Assert.Contains("\nUT WOS:", text, StringComparison.Ordinal);
        Assert.Contains("\nC1 [Yang, Guan-Can; Zhao, Yun-Hua; Zhang, Jing] Inst Sci & Tech Informat China, Beijing 100038, Peoples R China.\n", text, StringComparison.Ordinal);
        Assert.Contains("\nRP Chen, DZ (corresponding author), ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Kinds_that_wos_does_not_know_come_back_from_their_document_type()
    {
        var works = ImportKit.Read(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"), "jsonl").Works();

        var again = RoundTrip.ExportAndReimport(works, "wos", "wos-plain");

        Assert.Equal(works.Count, again.Count);
        Assert.All(again, w => Assert.Equal(WorkKind.PolicyDocument, w.Kind));
        Assert.Equal(works.Select(w => w.MainTitle), again.Select(w => w.MainTitle));
        Assert.Equal(works.Select(w => w.Year), again.Select(w => w.Year));
    }

    private static string Authors(WorkRecord w) => string.Join(" | ", w.Authors.Select(a =>
        $"{a.Name}/{a.FullName}/{a.IsCorresponding}/{a.Ids.GetValueOrDefault(IdSchemes.Orcid)}/{string.Join("+", a.Affiliations)}"));

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static string Write(IReadOnlyList<WorkRecord> works)
    {
        var exporter = ExporterCatalog.Default.Find("wos");
        Assert.NotNull(exporter);
        using var stream = new MemoryStream();
        exporter.Write(works.Select((w, i) => new ExportedWork($"W{i + 1}", w)), stream, null, CancellationToken.None);
        Assert.NotEqual(0xEF, stream.ToArray()[0]);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
