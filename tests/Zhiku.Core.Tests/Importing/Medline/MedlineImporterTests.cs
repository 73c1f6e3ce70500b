using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Medline;

public sealed class MedlineImporterTests
{
    private static IReadOnlyList<WorkRecord> Works(string file)
    {
        var items = ImportKit.Read(SharedData.Path($"bibliographic/pubmed/{file}"), "pubmed-medline");
        Assert.Empty(items.Errors().Select(e => e.Message));
        return items.Works();
    }

    [Theory]
    [InlineData("metaknowledge_medline.txt", 175)]
    [InlineData("pybibx_pubmed.txt", 10)]
    public void Reads_every_record(string file, int count) => Assert.Equal(count, Works(file).Count);

    [Fact]
    public void Reads_the_first_record_with_authors_affiliations_and_wrapped_abstract()
    {
        var work = Works("metaknowledge_medline.txt")[0];

        Assert.Equal("26524502", work.Identifiers[IdSchemes.Pmid]);
        Assert.Equal("10.1016/j.gene.2015.10.064", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal(new LangText("en", "Bioinformatic survey of ABC transporters in dermatophytes."), work.Titles[0]);
        Assert.Equal(["Gadzalski M", "Ciesielska A", "Staczek P"], work.Authors.Select(a => a.Name));
        Assert.Equal("Gadzalski, Marek", work.Authors[0].FullName);
        Assert.Equal(
            ["Department of Microbial Genetics, Faculty of Biology and Environmental Protection, University of Lodz, Poland. Electronic address: mgadzal@biol.uni.lodz.pl."],
            work.Authors[0].Affiliations);
        Assert.Equal("2016-01-15", work.Date);
        Assert.Equal(2016, work.Year);
        Assert.Equal("576", work.Volume);
        Assert.Equal("1 Pt 3", work.Issue);
        Assert.Equal("466-75", work.Pages);
        Assert.Equal("1879-0038", work.Issn);
        Assert.Equal("Gene", work.Source);
        Assert.Equal("en", work.Language);
        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Equal(["ABC transporters", "Dermatophytes", "Drug resistance", "Phylogenetics"], work.AuthorKeywords);
        Assert.StartsWith("ATP binding cassette (ABC) transporters constitute a very large and ubiquitous superfamily of membrane proteins.", work.Abstracts[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("could lead to novel substrate specificity.", work.Abstracts[0].Text, StringComparison.Ordinal);
        Assert.Equal("Netherlands", work.Extra["PL"]);
    }

    [Fact]
    public void Reads_the_truncated_last_record()
    {
        var work = Works("metaknowledge_medline.txt")[^1];

        Assert.Equal("26153366", work.Identifiers[IdSchemes.Pmid]);
        Assert.Equal("Evaluation of the frequency of G-765C polymorphism in the promoter region of the COX-2 gene and its correlation with the expression of this gene in the endometriu", work.MainTitle);
        Assert.Empty(work.Authors);
        Assert.Equal("2016-01", work.Date);
    }

    [Fact]
    public void Keeps_a_group_author_in_byline_order_and_reads_pmc_and_grants()
    {
        var work = Works("metaknowledge_medline.txt").Single(w => w.Identifiers[IdSchemes.Pmid] == "26516810");

        Assert.Equal("Nolen TL", work.Authors[^2].Name);
        Assert.Equal("Pelvic Floor Disorders Network", work.Authors[^1].Name);
        Assert.Equal("PMC4684726", work.Identifiers[IdSchemes.Pmcid]);
        Assert.Equal(["U10 HD041267/HD/NICHD NIH HHS/United States"], work.Funding);
    }

    [Fact]
    public void Reads_a_translated_title_after_the_english_one()
    {
        var translated = Works("metaknowledge_medline.txt").Where(w => w.Titles.Count > 1).ToList();
        var work = translated[0];

        Assert.Equal(8, translated.Count);
        Assert.Equal("Die transarterielle Embolisation von Aneurysmatischen Knochenzysten des Os sacrum: eine vielversprechende Alternative zur Operation.", work.Titles[1].Text);
        Assert.Equal("10.1055/s-0041-106069", work.Identifiers[IdSchemes.Doi]);
        Assert.Null(work.Titles[1].Lang); // "LA - ENG" beside a German title
        Assert.Equal("de", translated[1].Titles[1].Lang); // "LA - ger"
        Assert.Null(translated[^1].Titles[1].Lang); // "LA - ENG" beside a French title
    }

    [Fact]
    public void Reads_crlf_records_with_orcid_and_mesh_headings()
    {
        var work = Works("pybibx_pubmed.txt")[0];

        Assert.Equal("On the Monte Carlo weights in multiple criteria decision analysis.", work.MainTitle);
        Assert.Equal("2022", work.Date);
        Assert.Equal("Mazurek, Jiří", work.Authors[0].FullName);
        Assert.Equal("Strzałka D", work.Authors[1].Name);
        Assert.Equal("0000-0002-8887-4321", work.Authors[1].Ids[IdSchemes.Orcid]);
        Assert.Equal(2, work.Authors[1].Affiliations.Count);
        Assert.Equal(["Decision Making", "Decision Support Techniques", "Entropy", "Monte Carlo Method"], work.IndexKeywords);
        Assert.Equal("PMC9543698", work.Identifiers[IdSchemes.Pmcid]);
        Assert.Equal("10.1371/journal.pone.0268950", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal("Journal Article; Research Support, Non-U.S. Gov't", work.DocumentType);
        Assert.Equal("PLoS One", work.SourceAbbreviation);
        Assert.DoesNotContain('\r', work.Abstracts[0].Text);
        Assert.EndsWith("wind turbine.", work.Abstracts[0].Text, StringComparison.Ordinal);
    }
}
