using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Knowledge.Curation;
using Zhiku.Tests.Support;
using Zhiku.Thesaurus;

namespace Zhiku.Tests.Thesaurus;

/// <summary>VOSviewer thesaurus files (tab-separated, header "label	replace by") in and out of the knowledge base's thesaurus.</summary>
public sealed class VosviewerThesaurusTests : IDisposable
{
    private readonly TempDataDirectory _dir = new();
    private readonly KnowledgeBase _kb;
    private readonly ThesaurusCuration _thesaurus;

    public VosviewerThesaurusTests()
    {
        _kb = _dir.Open();
        _thesaurus = new ThesaurusCuration(_kb);
    }

    public void Dispose()
    {
        _kb.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void An_imported_file_becomes_accepted_entries_and_exports_back_to_the_same_pairs()
    {
        const string File = "label\treplace by\nIoT\tinternet of things\ninternet-of-things\tinternet of things\n\n大数据\tbig data\n";

        var import = _thesaurus.Import(new StringReader(File), "/tmp/vos/iot-thesaurus.txt", "curator");

        Assert.Equal((3, 0), (import.Imported, import.Skipped.Count));
        Assert.All(_thesaurus.Entries(Zhiku.Access.Caller.Owner), e => Assert.Equal((ThesaurusTerms.Accepted, "import:iot-thesaurus.txt", "curator"), (e.Status, e.Origin, e.CreatedBy)));
        var written = new StringWriter();
        Assert.Equal(3, _thesaurus.Export(written));
        var again = VosviewerThesaurus.Read(new StringReader(written.ToString()), "export.txt");
        Assert.Equal(
            VosviewerThesaurus.Read(new StringReader(File), "in.txt").Select(p => (p.Label, p.ReplaceBy)).Order(),
            again.Select(p => (p.Label, p.ReplaceBy)).Order());
        Assert.StartsWith("label\treplace by\n", written.ToString(), StringComparison.Ordinal);
        Assert.Equal("big data", _thesaurus.Canon().Preferred("大数据"));
    }

    [Theory]
    [InlineData("label\treplace by\nIoT\tinternet of things\nsmart city\n", 3, "thesaurus.txt, line 3: expected 2 tab-separated columns (label, replace by), found 1")]
    [InlineData("label\treplace by\nsmart city\tsmart cities\nIoT\t\n", 3, "thesaurus.txt, line 3: 'replace by' is empty")]
    [InlineData("label\treplace by\nIoT\tIOT\nsmart city\tsmart cities\n", 2, "thesaurus.txt, line 2: 'IoT' replaces itself")]
    public void A_bad_line_is_skipped_naming_the_file_and_line_and_the_good_lines_go_in(string file, int line, string message)
    {
        var import = _thesaurus.Import(new StringReader(file), "thesaurus.txt", "curator");

        Assert.Equal(1, import.Imported);
        var skipped = Assert.Single(import.Skipped);
        Assert.Equal((line, "bad-line"), (skipped.Line, skipped.Problem.Code));
        Assert.StartsWith(message, skipped.Problem.Message, StringComparison.Ordinal);
        Assert.Single(_thesaurus.Entries(Zhiku.Access.Caller.Owner));
    }

    [Fact]
    public void A_pair_the_thesaurus_refuses_is_skipped_with_its_line_and_the_rest_go_in()
    {
        _thesaurus.Add("IoT", "internet of things", ThesaurusTerms.Acronym, "curator");

        var import = _thesaurus.Import(new StringReader("label\treplace by\ninternet of things\tIoT\nbig data\tBIG DATA analytics\n"), "t.txt", "curator");

        Assert.Equal(1, import.Imported);
        var cycle = Assert.Single(import.Skipped);
        Assert.Equal((2, "cycle"), (cycle.Line, cycle.Problem.Code));
        Assert.Equal("BIG DATA analytics", _thesaurus.Canon().Preferred("big data"));
    }

    [Theory]
    [InlineData("label\treplace by\nsmart city\n", "thesaurus.txt, line 2: expected 2 tab-separated columns (label, replace by), found 1")]
    [InlineData("term\tpreferred\nIoT\tinternet of things\n", "thesaurus.txt, line 1: a VOSviewer thesaurus starts with the header")]
    public void A_file_with_no_good_line_is_refused_naming_the_file_and_line_and_nothing_is_imported(string file, string message)
    {
        var error = Assert.Throws<ThesaurusException>(() => _thesaurus.Import(new StringReader(file), "thesaurus.txt", "curator"));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(_thesaurus.Entries(Zhiku.Access.Caller.Owner));
    }

    [Fact]
    public void An_import_replaces_the_entry_of_a_variant_it_names_again()
    {
        _thesaurus.Add("AI", "artificial intelligence", ThesaurusTerms.Acronym, "curator");

        _thesaurus.Import(new StringReader("label\treplace by\nAI\tartificial intelligence (AI)\n"), "t.txt", "curator");

        Assert.Equal("artificial intelligence (AI)", Assert.Single(_thesaurus.Entries(Zhiku.Access.Caller.Owner)).Preferred);
    }
}
