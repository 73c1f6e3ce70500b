namespace Zhiku.Tests.Importing.Cnki;

/// <summary>Hand-made CNKI exports built from the tag tables in FORMATS.md 2.5 (no real sample files exist).</summary>
internal static class CnkiFixtures
{
    public const string Link = "https://kns.cnki.net/kcms2/article/abstract?v=3uoqIhG8C44YLTlOAiTRKibYlV5Vjs7i";

    public const string RefWorks =
        "RT Journal Article\n" +
        "SR 1\n" +
        "A1 郝国强;包蕾\n" +
        "AD 广西民族大学民族学与社会学学院;\n" +
        "T1 数字乡村建设中的民族地区乡村治理\n" +
        "JF 广西民族研究\n" +
        "YR 2026\n" +
        "IS 01\n" +
        "vo \n" +
        "OP 1-12\n" +
        "K1 数字乡村;;乡村治理;民族地区;\n" +
        "AB 本文探讨了数字乡村建设。(#br)研究表明治理能力明显提升。\n" +
        "SN 1004-454X\n" +
        "CN 45-1004/C\n" +
        "CL D633;C912.82\n" +
        "LA 中文;\n" +
        "DS CNKI\n" +
        "LK " + Link + "\n" +
        "\n" +
        "RT Journal Article\n" +
        "SR 1\n" +
        "A1 Sharma Ashutosh;Georgi Mikhail\n" +
        "AD Department of Industrial Engineering, Example University;\n" +
        "T1 A hybrid optimisation model for production scheduling\n" +
        "JF Computers & Industrial Engineering\n" +
        "YR 2022\n" +
        "IS prepublish\n" +
        "vo 165\n" +
        "OP 107936-\n" +
        "K1 Scheduling;Optimisation;\n" +
        "AB This paper proposes a hybrid model.\n" +
        "In the experiments it beats two baselines.\n" +
        "SN 0360-8352\n" +
        "LA 英文;\n" +
        "DS CNKI\n" +
        "DO 10.1016/J.CIE.2022.107936\n";

    public const string Refer =
        "%0 Journal Article\r\n" +
        "%A 郝国强\r\n" +
        "%A 包蕾\r\n" +
        "%+ 广西民族大学民族学与社会学学院;;广西民族大学研究生院\r\n" +
        "%T 数字乡村建设中的民族地区乡村治理\r\n" +
        "%J 广西民族研究\r\n" +
        "%D 2026\r\n" +
        "%N 01\r\n" +
        "%K 数字乡村;乡村治理;民族地区\r\n" +
        "%X 本文探讨了数字乡村建设。(#br)研究表明治理能力明显提升。\r\n" +
        "%P 118-120+123\r\n" +
        "%@ 1004-454X\r\n" +
        "%L 45-1004/C\r\n" +
        "%U " + Link + "\r\n" +
        "%W CNKI\r\n" +
        "\r\n" +
        "%0 Thesis\r\n" +
        "%A 殷玮川\r\n" +
        "%T 云环境下铁路“门到门”货运产品设计优化方法研究\r\n" +
        "%Y 何世伟\r\n" +
        "%I 北京交通大学\r\n" +
        "%9 博士\r\n" +
        "%L F532.6\r\n" +
        "%D 2018\r\n" +
        "%K 铁路运输;;产品设计\r\n" +
        "%W CNKI\r\n";

    public const string EStudy =
        "DataType: 1\n" +
        "Title-题名: 数字乡村建设中的民族地区乡村治理\n" +
        "Author-作者: 郝国强;包蕾;\n" +
        "Organ-机构: 广西民族大学民族学与社会学学院;\n" +
        "Source-刊名: 广西民族研究\n" +
        "Year-年: 2026\n" +
        "PubTime-出版时间: 2026-01-15\n" +
        "Keyword-关键词: 数字乡村;;乡村治理;民族地区\n" +
        "Summary-摘要: 本文探讨了数字乡村建设。\n" +
        "Results: 治理能力明显提升。\n" +
        "Period-期: 01\n" +
        "PageCount-页数: 12\n" +
        "Page-页码: 1-12\n" +
        "SrcDatabase-来源库: 期刊\n" +
        "Link-链接: " + Link + "\n" +
        "\n" +
        "DataType: 2\n" +
        "Title-题名: 云环境下铁路“门到门”货运产品设计优化方法研究\n" +
        "Author-作者: 殷玮川\n" +
        "Source-刊名: 北京交通大学\n" +
        "Year-年: 2018\n" +
        "Keyword-关键词: 铁路运输;;产品设计\n" +
        "SrcDatabase-来源库: 博士\n";
}
