using System.Globalization;
using System.Xml.Linq;
using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Web.Tests.Support;

namespace Zhiku.Web.Tests.Dissemination;

/// <summary>
/// The OAI-PMH provider at /oai over real HTTP on the seeded platform: every verb and every error validates against the
/// official OAI-PMH and oai_dc schemas with xmllint, lists page by resumption tokens to exactly the anonymous search's
/// works, and nothing an anonymous visitor may not see is ever answered.
/// </summary>
[Collection(DisseminationCollection.Name)]
public sealed class OaiProviderTests(DisseminationPlatform factory)
{
    private readonly DisseminationPlatform _platform = factory.Started();

    private string Identifier(string workId) => "oai:zhiku.local:" + workId;

    [Fact]
    public async Task Every_verb_and_every_error_validates_against_the_official_schemas()
    {
        var client = _platform.Client();
        var first = await OaiDocument.GetAsync(client, "verb=ListIdentifiers&metadataPrefix=oai_dc");
        var token = first.Token!.Value;
        var publicId = Uri.EscapeDataString(Identifier(_platform.ProbeIds[AccessLevel.Public]));
        var requests = new (string Query, string? Error)[]
        {
            ("verb=Identify", null),
            ("verb=ListMetadataFormats", null),
            ($"verb=ListMetadataFormats&identifier={publicId}", null),
            ("verb=ListSets", null),
            ($"verb=GetRecord&metadataPrefix=oai_dc&identifier={publicId}", null),
            ($"verb=GetRecord&metadataPrefix=zhiku&identifier={publicId}", null),
            ("verb=ListIdentifiers&metadataPrefix=zhiku&set=kind", null),
            ($"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token)}", null),
            ("verb=ListRecords&metadataPrefix=oai_dc", null),
            ("verb=ListRecords&metadataPrefix=zhiku&from=2000-01-01", null),
            ("verb=ListRecords&metadataPrefix=oai_dc&set=kind:journal-article", null),
            ("", "badVerb"),
            ("verb=Harvest", "badVerb"),
            ("verb=Identify&verb=ListSets", "badVerb"),
            ("verb=Identify&metadataPrefix=oai_dc", "badArgument"),
            ("verb=ListRecords", "badArgument"),
            ("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument"),
            ("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z", "badArgument"),
            ($"verb=ListRecords&metadataPrefix=oai_dc&resumptionToken={Uri.EscapeDataString(token)}", "badArgument"),
            ("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken"),
            ($"verb=ListRecords&resumptionToken={Uri.EscapeDataString(token)}", "badResumptionToken"),
            ("verb=ListSets&resumptionToken=anything", "badResumptionToken"),
            ($"verb=GetRecord&metadataPrefix=marc21&identifier={publicId}", "cannotDisseminateFormat"),
            ("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"),
            ("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:zhiku.local:W999999999", "idDoesNotExist"),
            ("verb=ListMetadataFormats&identifier=urn:elsewhere:1", "idDoesNotExist"),
            ("verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch"),
            ("verb=ListIdentifiers&metadataPrefix=oai_dc&set=kind:no-such-kind", "noRecordsMatch"),
        };

        foreach (var (query, error) in requests)
        {
            var answer = await OaiDocument.GetAsync(client, query);

            var (code, output) = XmlLint.Validate(answer.Text);
            Assert.True(code == 0, $"{query}: xmllint {code}: {output}{Environment.NewLine}{answer.Text[..Math.Min(answer.Text.Length, 3000)]}");
            Assert.True(error == answer.Error, $"{query}: expected {error ?? "an answer"}, got {answer.Error ?? "an answer"}");
        }
    }

    [Fact]
    public async Task A_post_form_is_answered_like_a_get()
    {
        var client = _platform.Client();

        var response = await client.PostAsync("/oai", new FormUrlEncodedContent(new Dictionary<string, string> { ["verb"] = "Identify" }));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(0, XmlLint.Validate(text).Code);
        var identify = XDocument.Parse(text).Root!.Element(OaiDocument.Oai + "Identify")!;
        Assert.Equal("no", identify.Element(OaiDocument.Oai + "deletedRecord")!.Value);
        Assert.Equal(_platform.Address + "/oai", identify.Element(OaiDocument.Oai + "baseURL")!.Value);
    }

    [Fact]
    public async Task Resumption_tokens_page_through_every_public_record_once_with_size_and_cursor()
    {
        var pages = await OaiDocument.HarvestAsync(_platform.Client(), "ListIdentifiers", "metadataPrefix=oai_dc");

        var identifiers = pages.SelectMany(p => p.Identifiers).ToList();
        var total = _platform.AnonymousTotal;
        Assert.True(pages.Count > 2, $"only {pages.Count} pages of {DisseminationPlatform.PageSize}");
        Assert.Equal(total, identifiers.Count);
        Assert.Equal(identifiers.Count, identifiers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(pages, p => Assert.Equal(total.ToString(CultureInfo.InvariantCulture), p.Token!.Attribute("completeListSize")!.Value));
        Assert.Equal(
            Enumerable.Range(0, pages.Count).Select(i => (i * DisseminationPlatform.PageSize).ToString(CultureInfo.InvariantCulture)),
            pages.Select(p => p.Token!.Attribute("cursor")!.Value));
        Assert.Equal(string.Empty, pages[^1].Token!.Value);
    }

    [Fact]
    public async Task A_token_that_was_altered_or_sent_with_another_verb_is_a_bad_resumption_token()
    {
        var client = _platform.Client();
        var token = (await OaiDocument.GetAsync(client, "verb=ListRecords&metadataPrefix=oai_dc")).Token!.Value;
        var payload = token[..token.LastIndexOf('.')];
        var altered = payload[..^1] + (payload[^1] == 'A' ? 'B' : 'A') + token[token.LastIndexOf('.')..];

        var otherVerb = await OaiDocument.GetAsync(client, "verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token));
        var changed = await OaiDocument.GetAsync(client, "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(altered));
        var same = await OaiDocument.GetAsync(client, "verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token));

        Assert.Equal("badResumptionToken", otherVerb.Error);
        Assert.Equal("badResumptionToken", changed.Error);
        Assert.Null(same.Error);
        Assert.Equal(DisseminationPlatform.PageSize.ToString(CultureInfo.InvariantCulture), same.Token!.Attribute("cursor")!.Value);
    }

    [Fact]
    public async Task Only_public_records_are_listed_and_a_hidden_record_does_not_exist()
    {
        var client = _platform.Client();
        var administrator = _platform.Client(_platform.Users["administrator"].Token);

        var listed = (await OaiDocument.HarvestAsync(client, "ListIdentifiers", "metadataPrefix=zhiku")).SelectMany(p => p.Identifiers).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(Identifier(_platform.ProbeIds[AccessLevel.Public]), listed);
        foreach (var level in new[] { AccessLevel.Shared, AccessLevel.Internal, AccessLevel.Restricted })
        {
            var id = Identifier(_platform.ProbeIds[level]);
            Assert.DoesNotContain(id, listed);
            // Signed in or not, /oai answers as the public: a hidden record is answered like one that never existed.
            foreach (var caller in new[] { client, administrator })
            {
                var answer = await OaiDocument.GetAsync(caller, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={Uri.EscapeDataString(id)}");
                Assert.Equal("idDoesNotExist", answer.Error);
                Assert.DoesNotContain(Probes.Marker(level), answer.Text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_kind_set_holds_what_the_anonymous_search_finds_of_that_kind()
    {
        var client = _platform.Client();
        var search = _platform.Knowledge.Read(Caller.Anonymous).Search(new SearchRequest { Query = "*", Limit = 1 });
        var sets = (await OaiDocument.GetAsync(client, "verb=ListSets")).Xml.Descendants(OaiDocument.Oai + "setSpec").Select(s => s.Value).ToList();

        Assert.Contains("org", sets);
        foreach (var (kind, count) in search.Facets["kind"])
        {
            Assert.Contains("kind:" + kind, sets);
            var listed = (await OaiDocument.HarvestAsync(client, "ListIdentifiers", $"metadataPrefix=oai_dc&set=kind:{kind}")).SelectMany(p => p.Identifiers).Count();
            Assert.True(count == listed, $"kind:{kind}: search {count}, OAI-PMH {listed}");
        }
    }

    [Fact]
    public async Task From_and_until_choose_records_by_datestamp_in_days_or_seconds()
    {
        var client = _platform.Client();
        var all = (await OaiDocument.HarvestAsync(client, "ListIdentifiers", "metadataPrefix=oai_dc")).SelectMany(p => p.Xml.Descendants(OaiDocument.Oai + "header")).ToList();
        var stamps = all.Select(h => h.Element(OaiDocument.Oai + "datestamp")!.Value).Order(StringComparer.Ordinal).ToList();
        var earliest = (await OaiDocument.GetAsync(client, "verb=Identify")).Xml.Descendants(OaiDocument.Oai + "earliestDatestamp").Single().Value;
        var middle = stamps[stamps.Count / 2];
        var yesterday = DateTime.Parse(stamps[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        async Task<int> CountAsync(string arguments)
        {
            var pages = await OaiDocument.HarvestAsync(client, "ListIdentifiers", "metadataPrefix=oai_dc&" + arguments);
            return pages is [{ Error: "noRecordsMatch" }] ? 0 : pages.SelectMany(p => p.Identifiers).Count();
        }

        Assert.Equal(stamps[0], earliest);
        Assert.Equal(all.Count, await CountAsync("from=" + earliest));
        Assert.Equal(all.Count, await CountAsync("from=" + stamps[0][..10]));
        Assert.Equal(0, await CountAsync("until=" + yesterday));
        Assert.Equal(stamps.Count(s => string.CompareOrdinal(s, middle) >= 0), await CountAsync("from=" + middle));
        Assert.Equal(stamps.Count(s => string.CompareOrdinal(s, middle) <= 0), await CountAsync("until=" + middle));
    }

    [Fact]
    public async Task Records_keep_chinese_text_and_their_own_abstract_but_never_an_openalex_abstract()
    {
        var client = _platform.Client();
        var owner = _platform.Knowledge.Read(Caller.Owner);
        var paper = owner.Search(new SearchRequest { Query = "zkabstractpaper" }).Hits.Single().Id;
        var openAlex = "W" + Convert.ToInt64(Zhiku.Testing.Postgres.TestStore.Scalar(_platform.DataRoot,
            "SELECT MIN(work_id) FROM work_sources WHERE format = @f AND doc LIKE '%\"abstracts\":[{%'", ("@f", "openalex-json")), CultureInfo.InvariantCulture);
        var hiddenAbstract = owner.Work(openAlex)!.Work.Abstracts.First().Text;

        var dc = await OaiDocument.GetAsync(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={Identifier(paper)}");
        var zhiku = await OaiDocument.GetAsync(client, $"verb=GetRecord&metadataPrefix=zhiku&identifier={Identifier(paper)}");
        var openAlexDc = await OaiDocument.GetAsync(client, $"verb=GetRecord&metadataPrefix=oai_dc&identifier={Identifier(openAlex)}");
        var openAlexZhiku = await OaiDocument.GetAsync(client, $"verb=GetRecord&metadataPrefix=zhiku&identifier={Identifier(openAlex)}");
        var everything = string.Concat((await OaiDocument.HarvestAsync(client, "ListRecords", "metadataPrefix=zhiku")).Select(p => p.Text));

        Assert.Equal(DisseminationPlatform.ChineseTitle, dc.Xml.Descendants(OaiDocument.Dc + "title").Single().Value);
        Assert.Contains(DisseminationPlatform.OwnAbstractWord, dc.Xml.Descendants(OaiDocument.Dc + "description").Single().Value, StringComparison.Ordinal);
        Assert.Equal("10.5555/zk.oai.one", zhiku.Xml.Descendants(OaiDocument.Zhiku + "identifier").Single(i => i.Attribute("scheme")!.Value == "doi").Value);
        Assert.Equal("2023", zhiku.Xml.Descendants(OaiDocument.Zhiku + "year").Single().Value);
        Assert.True(hiddenAbstract.Length > 40);
        Assert.Empty(openAlexDc.Xml.Descendants(OaiDocument.Dc + "description"));
        Assert.Empty(openAlexZhiku.Xml.Descendants(OaiDocument.Zhiku + "abstract"));
        Assert.NotEmpty(openAlexZhiku.Xml.Descendants(OaiDocument.Zhiku + "author"));
        Assert.DoesNotContain(hiddenAbstract[..40], everything, StringComparison.Ordinal);
    }
}
