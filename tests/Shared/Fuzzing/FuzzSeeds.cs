using System.Text;

namespace Zhiku.Testing.Fuzzing;

/// <summary>
/// The files the fuzz harness mutates: the real shared files of every format (small ones, or the head of a large one)
/// and Office, PDF, HTML and Markdown files written on the spot, since the shared data has none.
/// </summary>
public static class FuzzSeeds
{
    private const int MaxSeedBytes = 16 * 1024;

    private static readonly string[] SharedFiles =
    [
        "bibliographic/wos/metaknowledge_TwoPaper.isi",
        "bibliographic/wos/metaknowledge_badFile.isi",
        "bibliographic/wos/bibliometrix_wos_sample.txt",
        "bibliographic/wos-tab/scientopy_2026.txt",
        "bibliographic/scopus/bibliometrix_new_layout.csv",
        "bibliographic/scopus/scientopy_2017.csv",
        "bibliographic/cnki/noteexpress/Classic5Test.net",
        "bibliographic/cnki/noteexpress/withLineBreakInAddress.net",
        "bibliographic/cnki/citespace-converted/download_1-307.txt",
        "bibliographic/bibtex/pybibx_scopus.bib",
        "bibliographic/pubmed/pybibx_pubmed.txt",
        "bibliographic/lens/bibliometrix_lens_sample.csv",
        "bibliographic/openalex/bibliometrix_openalex_web_export.csv",
        "bibliographic/openalex/works-api/keypapers_page_1.json",
        "bibliographic/openalex/entities/W2741809807.json",
        "documents/cn-policy/gov_cn_state_council_policies_2019.jsonl",
        "documents/cn-policy/government_work_reports.jsonl",
        "documents/crs/crs_search_results.csv",
        "documents/crs/crs_rss_feed.xml",
        "registries/nber/programs.csv",
        "registries/nber/authors.csv",
        "registries/think-tanks/hack-education-thinktanks.yaml",
    ];

    /// <summary>Writes the seed files into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, Func<string, string> shared)
    {
        Directory.CreateDirectory(folder);
        var seeds = new List<string>();
        foreach (var relative in SharedFiles)
        {
            var source = shared(relative);
            if (!File.Exists(source))
            {
                continue;
            }

            var target = Path.Combine(folder, relative.Replace('/', '_'));
            var bytes = File.ReadAllBytes(source);
            File.WriteAllBytes(target, bytes.Length > MaxSeedBytes ? bytes[..CutAtLine(bytes)] : bytes);
            seeds.Add(target);
        }

        var xlsx = Path.Combine(folder, "registry.xlsx");
        OfficeFiles.WriteXlsx(xlsx, OfficeFiles.SheetXml(
        [
            ["Title", "Authors", "Year", "Source", "Keywords"],
            ["科技智库建设的路径研究", "王力; 李明", "2019", "中国科技论坛", "智库; 政策"],
            ["Think tanks and evidence-based policy", "Smith, J.", "2021", "Policy Studies", "think tanks"],
        ]));
        var docx = Path.Combine(folder, "report.docx");
        OfficeFiles.WriteDocx(docx, OfficeFiles.DocumentXml(["关于加强新型智库建设的意见", "国办发〔2019〕12号", "为加快建设中国特色新型智库，现提出以下意见。"]));
        var pdf = Path.Combine(folder, "brief.pdf");
        File.WriteAllBytes(pdf, MinimalPdf("Policy brief on research funding"));
        var html = Path.Combine(folder, "page.html");
        File.WriteAllText(html, "<!DOCTYPE html><html><head><title>智库动态</title><meta name=\"keywords\" content=\"智库,政策\"></head><body><h1>智库动态</h1><p>国务院办公厅印发意见。</p></body></html>");
        var markdown = Path.Combine(folder, "notes.md");
        File.WriteAllText(markdown, "# Notes on think tanks\n\nA short note.\n\n## Section\n\nMore text about 科技政策.\n");
        var ris = Path.Combine(folder, "records.ris");
        File.WriteAllText(ris, "TY  - JOUR\nTI  - Science policy advice\nAU  - Wang, Li\nPY  - 2019\nKW  - policy\nDO  - 10.1000/xyz\nER  - \n\nTY  - RPRT\nTI  - 科技评估报告\nAU  - 张伟\nPY  - 2020\nER  - \n");
        seeds.AddRange([xlsx, docx, pdf, html, markdown, ris]);
        return seeds;
    }

    private static int CutAtLine(byte[] bytes)
    {
        var cut = Array.LastIndexOf(bytes, (byte)'\n', MaxSeedBytes);
        return cut > 0 ? cut + 1 : MaxSeedBytes;
    }

    // A one-page PDF with one line of text, offsets computed so the cross-reference table is right.
    private static byte[] MinimalPdf(string text)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {31 + text.Length} >>\nstream\nBT /F1 18 Tf 72 720 Td ({text}) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
