namespace Zhiku.Cli.Tests.Thesaurus;

/// <summary><c>zhiku thesaurus propose|list|add|accept|reject|remove|import|export</c> on ScientoPy's Scopus sample.</summary>
public sealed class ThesaurusCommandTests
{
    [Fact]
    public void Proposals_are_listed_with_their_evidence_and_an_accepted_one_is_exported_as_a_VOSviewer_line()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/scopus/scientopy_2017.csv"));

        var proposed = cli.Json("thesaurus", "propose").GetProperty("entries").EnumerateArray().ToList();
        var hyphen = proposed.First(e => e.GetProperty("variant").GetString()!.Equals("INTERNET-OF-THINGS", StringComparison.OrdinalIgnoreCase));
        var accepted = cli.Json("thesaurus", "accept", hyphen.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (exit, export, _) = cli.Run("thesaurus", "export");

        Assert.Equal("rule:hyphen", hyphen.GetProperty("origin").GetString());
        Assert.Equal("accepted", accepted.GetProperty("entries")[0].GetProperty("status").GetString());
        Assert.Equal(0, exit);
        Assert.StartsWith("label\treplace by\n", export, StringComparison.Ordinal);
        Assert.Contains(hyphen.GetProperty("variant").GetString() + "\t" + hyphen.GetProperty("preferred").GetString() + "\n", export, StringComparison.Ordinal);
        Assert.Single(cli.Json("thesaurus", "list", "--status", "accepted").GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public void A_bad_line_of_a_thesaurus_file_is_named_on_stderr_and_the_good_lines_go_in()
    {
        using var cli = new CliRun();
        var file = cli.DataDirectory + "-thesaurus.txt";
        File.WriteAllText(file, "label\treplace by\nIoT\tInternet of Things\nsmart city\n");
        try
        {
            var (exit, output, error) = cli.Run("thesaurus", "import", file);

            Assert.Equal(0, exit);
            Assert.Contains("-thesaurus.txt, line 3: expected 2 tab-separated columns", error, StringComparison.Ordinal);
            Assert.Contains("imported 1 pairs", output, StringComparison.Ordinal);
            Assert.Single(cli.Json("thesaurus", "list").GetProperty("entries").EnumerateArray());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_thesaurus_file_without_a_good_line_exits_non_zero_naming_its_line()
    {
        using var cli = new CliRun();
        var file = cli.DataDirectory + "-bad-thesaurus.txt";
        File.WriteAllText(file, "label\treplace by\nsmart city\n");
        try
        {
            var (exit, _, error) = cli.Run("thesaurus", "import", file);

            Assert.Equal(1, exit);
            Assert.Contains("-bad-thesaurus.txt, line 2: expected 2 tab-separated columns", error, StringComparison.Ordinal);
            Assert.Empty(cli.Json("thesaurus", "list").GetProperty("entries").EnumerateArray());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
