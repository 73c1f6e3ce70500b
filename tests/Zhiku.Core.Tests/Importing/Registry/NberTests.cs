using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Registry;

/// <summary>The NBER tables in shared/data/registries/nber, read through the shipped mapping.</summary>
public sealed class NberTests
{
    private static readonly Lazy<IReadOnlyList<ImportItem>> Items =
        new(() => ImportKit.Read(SharedData.Path("registries/nber/papers.csv"), "registry-nber"));

    private static IReadOnlyList<WorkRecord> Works => Items.Value.Works();

    [Fact]
    public void Reads_every_paper_author_and_programme_without_errors()
    {
        Assert.Empty(Items.Value.Errors());
        Assert.Equal(30_083, Works.Count);
        Assert.Equal(15_930, Items.Value.OfType<ImportedPerson>().Count());
        Assert.Equal(21, Items.Value.OfType<ImportedProject>().Count());
    }

    [Fact]
    public void Resolves_every_author_link_to_a_named_author()
    {
        Assert.Equal(69_104, Works.Sum(w => w.Authors.Count));
        Assert.All(Works, w => Assert.NotEmpty(w.Authors));
        Assert.All(Works.SelectMany(w => w.Authors), a => Assert.NotEqual(a.Ids["nber"], a.Name));
    }

    [Fact]
    public void Reads_the_first_paper()
    {
        var w = Works[0];

        Assert.Equal(WorkKind.ThinkTankReport, w.Kind);
        Assert.Equal("w0001", w.Identifiers[IdSchemes.Nber]);
        Assert.Equal("Education, Information, and Efficiency", w.MainTitle);
        Assert.Equal("1973-06", w.Date);
        Assert.Equal(1973, w.Year);
        Assert.Equal("en", w.Language);
        var author = Assert.Single(w.Authors);
        Assert.Equal("Finis Welch", author.Name);
        Assert.Equal("w0001.1", author.Ids["nber"]);
        Assert.False(w.Extra.ContainsKey("outlet")); // "NA" is no value
        Assert.Equal("National Bureau of Economic Research", w.Publisher);
    }

    [Fact]
    public void Keeps_the_byline_order_of_a_multi_author_paper()
    {
        var w = Works.Single(x => x.Identifiers[IdSchemes.Nber] == "w0101");

        Assert.Equal("Innovation and Foreign Investment Behavior of the U.S. Pharmaceutical Industry", w.MainTitle);
        Assert.Equal(["Benjamin I Cohen", "Jorge Katz", "William T Beck"], w.Authors.Select(a => a.Name));
        Assert.Equal(["w0101.1", "w0101.2", "w0101.3"], w.Authors.Select(a => a.Ids["nber"]));
    }

    [Fact]
    public void Turns_programmes_into_subjects_and_projects()
    {
        var w0087 = Works.Single(x => x.Identifiers[IdSchemes.Nber] == "w0087");
        Assert.Equal(["International Finance and Macroeconomics", "International Trade and Investment"], w0087.Subjects);
        Assert.Equal(55_813, Works.Sum(w => w.Subjects.Count));

        var aging = Items.Value.OfType<ImportedProject>().Select(p => p.Project).Single(p => p.Code == "AG");
        Assert.Equal("Economics of Aging", aging.Title);
        Assert.Equal("Micro", aging.Extra["category"]);
        Assert.All(aging.Outputs, o => Assert.StartsWith("nber:", o, StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_last_paper_and_an_author_record()
    {
        var last = Works[^1];
        Assert.Equal("h0137", last.Identifiers[IdSchemes.Nber]);
        Assert.Equal("2001-12", last.Date);
        Assert.Equal("2", last.Extra["outlet"]);
        Assert.Equal("Howard Bodenhorn", Assert.Single(last.Authors).Name);

        var chiswick = Items.Value.OfType<ImportedPerson>().Select(p => p.Person).Single(p => p.Ids["nber"] == "w0002.1");
        Assert.Equal("Barry R Chiswick", chiswick.Name);
        Assert.Equal("pch425", chiswick.Ids["repec"]);
        Assert.Equal("barry_chiswick", chiswick.Ids["nber-user"]);
        var welch = Items.Value.OfType<ImportedPerson>().Select(p => p.Person).Single(p => p.Ids["nber"] == "w0001.1");
        Assert.False(welch.Ids.ContainsKey("repec")); // NA
    }

    [Theory]
    [InlineData("authors.csv")]
    [InlineData("paper_authors.csv")]
    [InlineData("paper_programs.csv")]
    [InlineData("programs.csv")]
    public void Sibling_tables_are_claimed_and_read_once_through_papers_csv(string file)
    {
        var items = ImportKit.Read(SharedData.Path("registries/nber/" + file), "registry-nber");

        Assert.Empty(items);
    }
}
