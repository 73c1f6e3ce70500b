using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.OpenAlex;

public sealed class OpenAlexCsvImporterTests
{
    private static IReadOnlyList<WorkRecord> Works()
    {
        var items = ImportKit.Read(SharedData.Path("bibliographic/openalex/bibliometrix_openalex_web_export.csv"), "openalex-csv");
        Assert.Empty(items.Errors());
        return items.Works();
    }

    [Fact]
    public void Reads_the_eight_records_of_the_web_export()
    {
        var works = Works();

        Assert.Equal(8, works.Count);
        Assert.Equal("W4297216055", works[^1].Identifiers[IdSchemes.OpenAlex]);
        Assert.Equal("Eğitimde ve Psikolojide Ölçme ve Değerlendirme Dergisi", works[^1].Source);
    }

    [Fact]
    public void Splits_pipe_separated_authorships_and_links_them_by_position()
    {
        var work = Works()[0];

        Assert.Equal("bibliometrix : An R-tool for comprehensive science mapping analysis", work.MainTitle);
        Assert.Equal("10.1016/j.joi.2017.08.007", work.Identifiers[IdSchemes.Doi]);
        Assert.Equal((2017, "2017-09-12", 13235), (work.Year, work.Date, work.CitedByCount));
        Assert.Equal(("Journal of Informetrics", "1751-1577"), (work.Source, work.Issn));
        Assert.Equal(WorkKind.JournalArticle, work.Kind);
        Assert.Equal(["Data Analysis with R"], work.Subjects);
        Assert.Empty(work.Abstracts);
        var (aria, cuccurullo) = (work.Authors[0], work.Authors[1]);
        Assert.Equal(("Massimo Aria", "A5069892096", "0000-0002-8517-9411", true), (aria.Name, aria.Ids[IdSchemes.OpenAlex], aria.Ids[IdSchemes.Orcid], aria.IsCorresponding));
        Assert.Equal(["University of Naples Federico II"], aria.Affiliations);
        Assert.Equal(["University of Campania \"Luigi Vanvitelli\""], cuccurullo.Affiliations);
        Assert.Equal(["IT"], cuccurullo.Countries);
        Assert.False(cuccurullo.IsCorresponding);
    }

    [Fact]
    public void Does_not_guess_which_author_an_unaligned_institution_belongs_to()
    {
        // Two authors, four institutions: the flattened list cannot be split between them.
        var work = Works()[2];

        Assert.Equal(["Deepa Guleria", "Gurvinder Kaur"], work.Authors.Select(a => a.Name));
        Assert.All(work.Authors, a => Assert.Empty(a.Affiliations));
        Assert.Equal(["Government Medical College", "Thapar Institute of Engineering & Technology"], work.Organisations);
    }

    [Fact]
    public void Keeps_an_author_without_orcid_and_an_empty_institution_slot()
    {
        var works = Works();

        var dervis = Assert.Single(works[1].Authors);
        Assert.Equal("Hamid Derviş", dervis.Name);
        Assert.False(dervis.Ids.ContainsKey(IdSchemes.Orcid));
        Assert.StartsWith("This study aims to explore the usage of Open-source software", works[1].Abstracts[0].Text, StringComparison.Ordinal);

        var piemonte = works[6];
        Assert.Empty(piemonte.Authors[2].Affiliations);
        Assert.Equal(["University of Turin"], piemonte.Authors[3].Affiliations);
    }
}
