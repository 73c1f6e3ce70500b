using Zhiku.Model;

namespace Zhiku.Tests.Exporting;

public sealed class ExporterEdgeCaseTests
{
    public static TheoryData<string> Formats => ["ris", "bibtex"];

    // BibTeX collapses runs of spaces inside a line, so only the RIS variant keeps a line that reads like a RIS tag.
    private static WorkRecord Tricky(WorkKind kind, string tagLike) => new()
    {
        Kind = kind,
        Titles = [new LangText("en", @"Costs of 50% & more: a $5 {braced} #1 item_x ~ ^ \ review"), new LangText("zh", "五成以上的成本")],
        Abstracts = [new LangText("zh", "第一段。\n第二段\n" + tagLike)],
        Authors =
        [
            new AuthorRecord { Name = "Research and Development Group" },
            new AuthorRecord { Name = "Müller, Jörg", FullName = "Müller, Jörg Karl", Affiliations = ["Universität Wien"] },
            new AuthorRecord { Name = "王明" },
        ],
        Organisations = ["Universität Wien", "中国社会科学院"],
        AuthorKeywords = ["decision making, multi-criteria"],
        IndexKeywords = ["Humans", "Aged/therapy"],
        Subjects = ["Economics"],
        Identifiers = new(StringComparer.Ordinal)
        {
            [IdSchemes.Doi] = "10.1000/xyz_1",
            [IdSchemes.OpenAlex] = "W2741809807",
            [IdSchemes.WosUt] = "000418231000005",
            [IdSchemes.Url] = "https://example.org/a?b=1&c=2",
            [IdSchemes.Nber] = "w12345",
        },
        Source = "Journal of Things & Stuff",
        Year = 2021,
        Date = "2021-03-04",
        Volume = "12",
        Issue = "3",
        Pages = "1-20",
        Language = "en",
        DocumentType = "Article",
        CitedByCount = 7,
        Url = "https://example.org/a?b=1&c=2",
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_kind_survives_the_round_trip(string format)
    {
        var works = Enum.GetValues<WorkKind>().Select(k => Tricky(k, "AB - x")).ToList();

        var again = RoundTrip.ExportAndReimport(works, format);

        Assert.Equal(works.Select(w => w.Kind), again.Select(w => w.Kind));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Special_characters_line_breaks_and_zhiku_identifiers_survive_the_round_trip(string format)
    {
        var tagLike = format == "ris" ? "AB  - 看起来像标签的一行" : "AB - 看起来像标签的一行";
        var works = new List<WorkRecord> { Tricky(WorkKind.JournalArticle, tagLike) };

        var again = RoundTrip.ExportAndReimport(works, format);

        RoundTrip.AssertSame(works, again, format);
        Assert.Equal(["decision making, multi-criteria"], again[0].AuthorKeywords);
        Assert.Equal("第一段。\n第二段\n" + tagLike, again[0].Abstracts[0].Text);
    }
}
