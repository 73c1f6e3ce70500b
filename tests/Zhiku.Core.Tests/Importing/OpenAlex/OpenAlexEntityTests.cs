using Zhiku.Formats;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.OpenAlex;

public sealed class OpenAlexEntityTests
{
    private static ImportItem One(string file) =>
        Assert.Single(ImportKit.Read(SharedData.Path($"bibliographic/openalex/entities/{file}"), "openalex-json"));

    [Fact]
    public void Reads_an_author_as_a_person_with_ids_and_affiliation_history()
    {
        var person = Assert.IsType<ImportedPerson>(One("A5023888391.json")).Person;

        Assert.Equal("Jason Priem", person.Name);
        Assert.Equal("A5023888391", person.Ids[IdSchemes.OpenAlex]);
        Assert.Equal("0000-0001-6187-6610", person.Ids[IdSchemes.Orcid]);
        Assert.Equal("36455008000", person.Ids[IdSchemes.ScopusAuthor]);
        Assert.Equal("OurResearch", person.Affiliations[0]);
        Assert.Contains("Johns Hopkins University", person.Affiliations);
        Assert.Equal("CA", person.Country);
        Assert.Equal("Priem Jason; Jason Priem", person.Extra["display_name_alternatives"]);
    }

    [Fact]
    public void Reads_an_old_api_author_with_its_last_known_institution()
    {
        var person = Assert.IsType<ImportedPerson>(One("A-api-response.json")).Person;

        Assert.Equal("B. P. Abbott", person.Name);
        Assert.Equal("0000-0002-3666-1234", person.Ids[IdSchemes.Orcid]);
        Assert.Equal(["California Institute of Technology"], person.Affiliations);
        Assert.Equal("US", person.Country);
    }

    [Fact]
    public void Skips_the_deleted_author_placeholder_with_a_message()
    {
        var error = Assert.IsType<RecordError>(One("A5317838346.json"));

        Assert.Contains("A5317838346 is a deleted-author placeholder", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I27837315.json", "University of Michigan", OrganisationType.Funder, "00jmfr291", "US")]
    [InlineData("F4320332161.json", "National Institutes of Health", OrganisationType.Funder, "01cwqze88", "US")]
    [InlineData("P4310319965.json", "Springer Nature", OrganisationType.Publisher, "0117jxy09", "DE")]
    public void Reads_institutions_funders_and_publishers_as_organisations(string file, string name, OrganisationType type, string ror, string country)
    {
        var org = Assert.IsType<ImportedOrganisation>(One(file)).Organisation;

        Assert.Equal(name, org.Name);
        Assert.Equal(type, org.Type);
        Assert.Equal(ror, org.Ids[IdSchemes.Ror]);
        Assert.Equal(country, org.Country);
        Assert.Equal(Path.GetFileNameWithoutExtension(file), org.Ids[IdSchemes.OpenAlex]);
    }

    [Fact]
    public void Keeps_an_institutions_city_and_its_openalex_type()
    {
        // OpenAlex types the University of Michigan "funder" in this record; the raw type is kept.
        var org = Assert.IsType<ImportedOrganisation>(One("I27837315.json")).Organisation;

        Assert.Equal("Ann Arbor", org.City);
        Assert.Equal("funder", org.Extra["type"]);
        Assert.Equal("https://www.umich.edu", org.Url);
    }

    [Theory]
    [InlineData("S137773608.json", "OpenAlex source records are not imported: Zhiku has no Source entity (S137773608)")]
    [InlineData("C71924100.json", "OpenAlex concept records are not imported: Zhiku has no Concept entity (C71924100)")]
    [InlineData("T11636.json", "OpenAlex topic records are not imported: Zhiku has no Topic entity (T11636)")]
    [InlineData("cardiac-imaging.json", "OpenAlex keyword records are not imported: Zhiku has no Keyword entity (CARDIAC-IMAGING)")]
    public void Reports_entities_zhiku_does_not_model(string file, string message)
    {
        Assert.Equal(message, Assert.IsType<RecordError>(One(file)).Message);
    }

    [Fact]
    public void Reads_a_single_work_entity()
    {
        var work = Assert.IsType<ImportedWork>(One("W2741809807.json")).Work;

        Assert.Equal("The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles", work.MainTitle);
        Assert.Equal(("PeerJ", 2018, 962, 45), (work.Source, work.Year, work.CitedByCount, work.References.Count));
        Assert.Equal(9, work.Authors.Count);
        Assert.Equal("Heather Piwowar", work.Authors[0].Name);
    }

    [Fact]
    public void Reads_an_old_api_work_that_has_only_a_display_name()
    {
        var work = Assert.IsType<ImportedWork>(One("W-api-response.json")).Work;

        Assert.Equal("GW170104: Observation of a 50-Solar-Mass Binary Black Hole Coalescence at Redshift 0.2", work.MainTitle);
        Assert.Equal(("Physical Review Letters", "American Physical Society", "118", "22", "221101"), (work.Source, work.Publisher, work.Volume, work.Issue, work.Pages));
        Assert.Equal(["California Institute of Technology"], work.Authors[0].Affiliations);
        Assert.Equal(["US"], work.Authors[0].Countries);
        Assert.StartsWith("We present the observation of GW170104", work.Abstracts[0].Text, StringComparison.Ordinal);
    }
}
