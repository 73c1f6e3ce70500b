using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Scopus;

public sealed class ScopusCsvImporterTests
{
    private static IReadOnlyList<WorkRecord> Works(string file)
    {
        var items = ImportKit.Read(SharedData.Path("bibliographic/scopus/" + file), "scopus-csv");
        Assert.Empty(items.Errors());
        return items.Works();
    }

    [Theory]
    [InlineData("scientopy_2017.csv", 921)]
    [InlineData("metaknowledge_old_layout.csv", 220)]
    [InlineData("bibliometrix_new_layout.csv", 8)]
    public void Reads_every_record_of_a_Scopus_export(string file, int count) => Assert.Equal(count, Works(file).Count);

    [Fact]
    public void Reads_the_first_record_of_the_2017_export_without_a_References_column()
    {
        var work = Works("scientopy_2017.csv")[0];

        Assert.Equal("Exploiting smart e-Health gateways at the edge of healthcare Internet-of-Things: A fog computing approach", work.MainTitle);
        Assert.Equal(7, work.Authors.Count);
        Assert.Equal("Rahmani A.M.", work.Authors[0].Name);
        Assert.Equal(
            ["Department of Computer Science, University of California Irvine, United States", "Institute of Computer Technology, TU Wien, Vienna, Austria"],
            work.Authors[0].Affiliations);
        Assert.Equal(["United States", "Austria"], work.Authors[0].Countries);
        Assert.True(work.Authors[0].IsCorresponding);
        Assert.False(work.Authors[1].IsCorresponding);
        Assert.Equal("2-s2.0-85012875280", work.Identifiers[IdSchemes.ScopusEid]);
        Assert.Equal("10.1016/j.future.2017.02.014", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal(2018, work.Year);
        Assert.Equal(2, work.CitedByCount);
        Assert.Equal("641-658", work.Pages);
        Assert.Equal(8, work.AuthorKeywords.Count);
        Assert.Equal("Edge/Fog computing", work.AuthorKeywords[0]);
        Assert.Empty(work.References);
        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Equal("en", work.Language);
        Assert.Equal("FGCSE", work.Extra["CODEN"]);
    }

    [Fact]
    public void Counts_the_document_types_of_the_2017_export()
    {
        var works = Works("scientopy_2017.csv");

        Assert.Equal(602, works.Count(w => w.Kind == WorkKind.ConferencePaper));
        Assert.Equal(257 + 28, works.Count(w => w.Kind == WorkKind.JournalArticle)); // Article + Article in Press
        Assert.Equal(20, works.Count(w => w.Authors.Count == 0)); // "[No author name available]"
        Assert.Equal(16, works.Count(w => w.Language == "zh"));
    }

    [Fact]
    public void Splits_comma_separated_authors_and_semicolon_separated_references_of_the_old_layout()
    {
        var works = Works("metaknowledge_old_layout.csv");
        var first = works[0];
        var last = works[^1];

        Assert.Equal(11, first.Authors.Count);
        Assert.Equal("Imagawa S.", first.Authors[^1].Name);
        Assert.Equal(["Sophia University, Tokyo, Japan"], first.Authors[0].Affiliations);
        Assert.Equal(8, first.References.Count);
        Assert.StartsWith("Barth, C., Electro-mechanical properties of REBCO", first.References[0], StringComparison.Ordinal);
        Assert.Equal(0, first.CitedByCount); // "Cited by" blank: not cited yet
        Assert.Equal("7433444", first.Pages);

        Assert.Equal("The Case for a Sociology of Roman Law", last.MainTitle);
        Assert.Equal("Pölönen J.", Assert.Single(last.Authors).Name);
        Assert.Equal(15, last.References.Count);
        Assert.Equal(WorkKind.Chapter, last.Kind);
    }

    [Fact]
    public void Reads_full_names_Scopus_author_ids_and_new_style_references()
    {
        var works = Works("bibliometrix_new_layout.csv");
        var first = works[0];

        Assert.Equal(["Liu F.", "Li C.", "Liu Y.", "Li Y."], first.Authors.Select(a => a.Name));
        Assert.Equal("Liu, Fengyuan", first.Authors[0].FullName);
        Assert.Equal("60410297700", first.Authors[0].Ids[IdSchemes.ScopusAuthor]);
        Assert.True(first.Authors[3].IsCorresponding); // "Y. Li" in the correspondence address
        Assert.False(first.Authors[0].IsCorresponding);
        Assert.Equal(43, first.References.Count);
        Assert.Equal("The global epidemic of low back pain, Lancet Rheumatol, 5, (2023)", first.References[0]);
        Assert.StartsWith("Cheng M.; Xue Y.; Cui M., Global, regional", first.References[1], StringComparison.Ordinal);
        Assert.Equal(["Natural Science Foundation of Hunan Province, (2022JJ30412)"], first.Funding);
        Assert.False(first.Extra.ContainsKey("Editors")); // "NA"
        Assert.Null(first.Pages);

        Assert.Equal(38, works[^1].References.Count);
        Assert.Equal("e46229", works[^1].Pages);
        Assert.Equal("10.1097/md.0000000000046229", works[^1].Identifiers[IdSchemes.Doi]);
    }
}
