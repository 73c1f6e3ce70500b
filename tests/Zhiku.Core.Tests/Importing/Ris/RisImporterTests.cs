using Zhiku.Model;
using Zhiku.Tests.Importing.Cnki;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Ris;

public sealed class RisImporterTests
{
    // Standard RIS as reference managers and publishers write it (RIS spec tags), CRLF line ends.
    private const string Text =
        "TY  - JOUR\r\n" +
        "AU  - Aria, Massimo\r\n" +
        "AU  - Cuccurullo, Corrado\r\n" +
        "TI  - bibliometrix: An R-tool for comprehensive science\r\n" +
        "mapping analysis\r\n" +
        "T2  - Journal of Informetrics\r\n" +
        "J2  - J. Informetr.\r\n" +
        "PY  - 2017/11/01/\r\n" +
        "DA  - 2017/11/01\r\n" +
        "VL  - 11\r\n" +
        "IS  - 4\r\n" +
        "SP  - 959\r\n" +
        "EP  - 975\r\n" +
        "AB  - The use of bibliometrics is gradually extending to all disciplines.\r\n" +
        "It is particularly suitable for science mapping.\r\n" +
        "KW  - Science mapping\r\n" +
        "KW  - Bibliometrics\r\n" +
        "KW  - R package\r\n" +
        "DO  - https://doi.org/10.1016/j.joi.2017.08.007\r\n" +
        "SN  - 1751-1577\r\n" +
        "UR  - https://www.sciencedirect.com/science/article/pii/S1751157717300500\r\n" +
        "PB  - Elsevier\r\n" +
        "LA  - English\r\n" +
        "AN  - WOS:000418231000005\r\n" +
        "ER  - \r\n" +
        "\r\n" +
        "TY  - BOOK\r\n" +
        "A1  - 王明\r\n" +
        "T1  - 智库评价方法研究\r\n" +
        "Y1  - 2021\r\n" +
        "N2  - 本书系统讨论了智库评价的方法。\r\n" +
        "SN  - 978-7-5201-1234-5\r\n" +
        "PB  - 社会科学文献出版社\r\n" +
        "ER  - \r\n" +
        "\r\n" +
        "TY  - RPRT\r\n" +
        "AU  - Nobody\r\n" +
        "PY  - 2020\r\n" +
        "ER  - \r\n";

    [Fact]
    public void Reads_a_standard_journal_record_keeping_line_breaks_only_in_the_abstract()
    {
        using var file = new FixtureFile(Text, ".ris");
        var work = ImportKit.Read(file.Path, "ris").Works()[0];

        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Equal(["Aria, Massimo", "Cuccurullo, Corrado"], work.Authors.Select(a => a.Name));
        Assert.Equal("bibliometrix: An R-tool for comprehensive science mapping analysis", work.MainTitle);
        Assert.Equal(("Journal of Informetrics", "J. Informetr."), (work.Source, work.SourceAbbreviation));
        Assert.Equal((2017, "2017-11-01"), (work.Year, work.Date));
        Assert.Equal(("11", "4", "959-975"), (work.Volume, work.Issue, work.Pages));
        Assert.Equal("The use of bibliometrics is gradually extending to all disciplines.\nIt is particularly suitable for science mapping.", work.Abstracts[0].Text);
        Assert.Equal(["Science mapping", "Bibliometrics", "R package"], work.AuthorKeywords);
        Assert.Equal("10.1016/j.joi.2017.08.007", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal("000418231000005", work.Identifiers[IdSchemes.WosUt]);
        Assert.Equal("1751-1577", work.Issn);
        Assert.Equal("Elsevier", work.Publisher);
        Assert.Equal("en", work.Language);
        Assert.StartsWith("https://www.sciencedirect.com/", work.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_chinese_book_with_isbn_and_reports_a_record_without_title()
    {
        using var file = new FixtureFile(Text, ".ris");
        var items = ImportKit.Read(file.Path, "ris");
        var book = items.Works()[1];

        Assert.Equal(2, items.Works().Count);
        Assert.Equal(WorkKind.Book, book.Kind);
        Assert.Equal("王明", Assert.Single(book.Authors).Name);
        Assert.Equal(new LangText("zh", "智库评价方法研究"), book.Titles[0]);
        Assert.Equal(2021, book.Year);
        Assert.Equal("本书系统讨论了智库评价的方法。", book.Abstracts[0].Text);
        Assert.Equal("978-7-5201-1234-5", book.Identifiers[IdSchemes.Isbn]);
        Assert.Null(book.Issn);
        Assert.Equal("record 3 (line 36): missing title (TI)", Assert.Single(items.Errors()).Message);
    }

    [Fact]
    public void Reports_fields_before_the_first_record()
    {
        using var file = new FixtureFile("TY  - JOUR\nTI  - One\nER  - \nAU  - Stray\nKW  - stray\nTY  - JOUR\nTI  - Two\nER  - \n", ".ris");
        var items = ImportKit.Read(file.Path, "ris");

        Assert.Equal(["One", "Two"], items.Works().Select(w => w.MainTitle));
        Assert.Equal("line 4: field 'AU' outside a record (no record start before it); skipped up to the next record", Assert.Single(items.Errors()).Message);
    }
}
