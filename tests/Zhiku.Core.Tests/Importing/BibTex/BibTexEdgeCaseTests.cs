using Zhiku.Model;
using Zhiku.Tests.Importing.Cnki;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.BibTex;

public sealed class BibTexEdgeCaseTests
{
    private const string Text = """
        % a comment line with an @ sign: someone@example.org
        @string{ieee = "IEEE Transactions on " # "Engineering Management"}
        @preamble{"\newcommand{\noopsort}[1]{}"}
        @comment{ this {is} ignored }

        @Article{muller2020,
          author = {M{\"u}ller, J{\"o}rg and Garc\'{\i}a, Ana and {Research and Development Group}},
          title = "A {Nested {Braces}} Title with \emph{emphasis} and 50\% off",
          journal = ieee,
          year = 2020,
          month = mar,
          keywords = {think tanks, evaluation},
          doi = {https://doi.org/10.1109/TEM.2020.1},
        }

        @inproceedings(conf1,
          title = {Proceedings paper in parentheses},
          booktitle = {Proc. of Something},
          author = {Li, Wei},
          year = {2019}
        )

        @article{broken,
          title = {Missing equals sign},
          author {Nobody},
        }

        @book{after,
          title = {{\AA}ngstr{\"o}m and {\ss} and \c{c}a},
          author = {{\O}rsted, Hans},
          year = {1999},
        }
        """;

    [Fact]
    public void Reads_macros_quotes_nested_braces_and_accents()
    {
        using var file = new FixtureFile(Text, ".bib");
        var items = ImportKit.Read(file.Path, "bibtex");
        var works = items.Works();

        Assert.Equal(3, works.Count);
        var first = works[0];
        Assert.Equal(["Müller, Jörg", "García, Ana", "Research and Development Group"], first.Authors.Select(a => a.Name));
        Assert.Equal("A Nested Braces Title with emphasis and 50% off", first.MainTitle);
        Assert.Equal("IEEE Transactions on Engineering Management", first.Source);
        Assert.Equal((2020, "2020-03"), (first.Year, first.Date));
        Assert.Equal(["think tanks", "evaluation"], first.AuthorKeywords);
        Assert.Equal("10.1109/tem.2020.1", first.Identifiers[IdSchemes.Doi]);

        Assert.Equal(WorkKind.ConferencePaper, works[1].Kind);
        Assert.Equal("Proc. of Something", works[1].Source);

        Assert.Equal("Ångström and ß and ça", works[2].MainTitle);
        Assert.Equal("Ørsted, Hans", works[2].Authors[0].Name);
        Assert.Equal(WorkKind.Book, works[2].Kind);
    }

    [Fact]
    public void Reports_a_broken_entry_and_reads_the_next()
    {
        using var file = new FixtureFile(Text, ".bib");
        var error = Assert.Single(ImportKit.Read(file.Path, "bibtex").Errors());

        Assert.Equal(3, error.Position.Record);
        Assert.StartsWith("record 3 (line 23, @article): entry 'broken': expected a field name and '=' at line 25, found 'author' then '{'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_unclosed_entry_without_swallowing_the_next()
    {
        using var file = new FixtureFile("@article{a,\n  title = {Unclosed value,\n  year = 2000\n\n@article{b,\n  title = {Fine},\n}\n", ".bib");
        var items = ImportKit.Read(file.Path, "bibtex");

        Assert.Contains("field 'title' has no readable value", Assert.Single(items.Errors()).Message, StringComparison.Ordinal);
        Assert.Equal("Fine", Assert.Single(items.Works()).MainTitle);
    }
}
