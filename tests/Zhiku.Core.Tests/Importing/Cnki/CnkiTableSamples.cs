namespace Zhiku.Tests.Importing.Cnki;

/// <summary>
/// Rows of CNKI's custom table export with every column it offers (the header is CNKI's, in its order; the records are
/// invented).
/// </summary>
public static class CnkiTableSamples
{
    public const string ArticleUrl = "https://kns.cnki.net/kcms2/article/abstract?v=3uoqIhG8C44YLTlOAiTRKibYlV5Vjs7iJTKGjg9uTdeTsOI_ra5_XWjX";

    public static readonly string[] FullHeader =
    [
        "SrcDatabase-来源库", "Title-题名", "Author-作者", "Organ-单位", "Source-文献来源", "Keyword-关键词", "Summary-摘要",
        "PubTime-发表时间", "FirstDuty-第一责任人", "Fund-基金", "Year-年", "Volume-卷", "Period-期", "PageCount-页码",
        "CLC-中图分类号", "ISSN", "URL-网址", "DOI",
    ];

    public static readonly string[] Article =
    [
        "期刊", "民族地区数字乡村治理的实践逻辑与优化路径", "郝国强[1,2];李星莹[1]",
        "1.广西民族大学民族学与社会学学院;2.广西民族大学中国南方与东南亚民族研究中心", "广西民族研究", "数字乡村;乡村治理;民族地区;",
        "数字技术嵌入乡村治理，重塑了民族地区的治理结构。(#br)文章提出三条优化路径。", "2025-10-20", "郝国强",
        "国家社会科学基金项目(23BMZ001);广西哲学社会科学规划研究课题(24FMZ012);", "2025", "41", "05", "35-44", "D633;C912.82",
        "1004-454X", ArticleUrl, "10.3969/j.issn.1004-454X.2025.05.005",
    ];

    public static readonly string[] Thesis =
    [
        "硕士", "县域数字经济发展的测度与影响因素研究", "王小明", "北京大学", "北京大学", "数字经济;县域经济", "", "2024-06-01", "王小明",
        "", "2024", "", "", "", "F323", "", "https://kns.cnki.net/kcms2/article/abstract?v=thesis", "",
    ];
}
