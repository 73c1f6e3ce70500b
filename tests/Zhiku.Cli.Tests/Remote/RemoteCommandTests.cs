using Zhiku.Access;
using Zhiku.Cli.Commands;
using Zhiku.Cli.Output;
using Zhiku.Search;

namespace Zhiku.Cli.Tests.Remote;

/// <summary><c>zhiku search|show|export|import --server</c> against a real server, with and without tokens.</summary>
public sealed class RemoteCommandTests(RemotePlatform platform) : IClassFixture<RemotePlatform>
{
    [Fact]
    public void Search_on_a_server_prints_what_a_local_search_prints()
    {
        using var run = new CliRun();
        var request = new SearchRequest { Query = "policy", Limit = 5, Sort = SearchSort.Date };
        var local = SearchOutput.From(platform.KnowledgeBase.Read(Caller.Owner).Search(request));
        var text = new StringWriter();
        local.WriteText(text, 0);
        var json = new StringWriter();
        Json.Write(json, local);

        var (exit, output, error) = run.Run("search", "policy", "--limit", "5", "--sort", "date", "--server", platform.Address, "--token", platform.AdministratorToken);
        var (jsonExit, jsonOutput, _) = run.Run("search", "policy", "--limit", "5", "--sort", "date", "--server", platform.Address, "--token", platform.AdministratorToken, "--json");

        Assert.True(exit == 0, error);
        Assert.Equal(text.ToString(), output);
        Assert.Equal(0, jsonExit);
        Assert.Equal(json.ToString(), jsonOutput);
        Assert.Contains(RemotePlatform.RestrictedMarker, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_without_a_token_reads_as_an_anonymous_visitor()
    {
        using var run = new CliRun();

        var (exit, output, _) = run.Run("search", "report", "--limit", "50", "--server", platform.Address);

        Assert.Equal(0, exit);
        Assert.Contains(RemotePlatform.PublicMarker, output, StringComparison.Ordinal);
        Assert.DoesNotContain(RemotePlatform.RestrictedMarker, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_filters_go_to_the_server()
    {
        using var run = new CliRun();

        var expected = platform.KnowledgeBase.Read(Caller.Owner).Search(new SearchRequest { Query = "report", Filters = new Dictionary<string, string> { ["year"] = "2021" } }).Total;

        var filtered = run.Json("search", "report", "--filter", "year=2021", "--server", platform.Address, "--token", platform.AdministratorToken);
        var all = run.Json("search", "report", "--server", platform.Address, "--token", platform.AdministratorToken);

        Assert.True(expected >= 2);
        Assert.Equal(expected, filtered.GetProperty("total").GetInt32());
        Assert.True(all.GetProperty("total").GetInt32() > expected);
    }

    [Fact]
    public void The_token_can_come_from_ZHIKU_TOKEN()
    {
        using var run = new CliRun();
        Environment.SetEnvironmentVariable("ZHIKU_TOKEN", platform.AdministratorToken);
        try
        {
            var (exit, output, _) = run.Run("search", RemotePlatform.RestrictedMarker, "--server", platform.Address);

            Assert.Equal(0, exit);
            Assert.StartsWith("1 result(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ZHIKU_TOKEN", null);
        }
    }

    [Fact]
    public void An_unknown_token_is_refused_with_exit_code_3()
    {
        using var run = new CliRun();

        var (exit, output, error) = run.Run("search", "policy", "--server", platform.Address, "--token", "zk_not_a_token");

        Assert.Equal(3, exit);
        Assert.Empty(output);
        Assert.Contains("does not accept this token (401)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_on_a_server_prints_what_a_local_show_prints()
    {
        using var run = new CliRun();
        var id = platform.KnowledgeBase.Read(Caller.Owner).Search(new SearchRequest { Query = RemotePlatform.PublicMarker }).Hits.Single().Id;
        var expected = new StringWriter();
        ShowView.Write(expected, platform.KnowledgeBase.Read(Caller.Owner).Work(id)!);

        var (exit, output, error) = run.Run("show", id, "--server", platform.Address);
        var json = run.Json("show", id, "--server", platform.Address);

        Assert.True(exit == 0, error);
        Assert.Equal(expected.ToString(), output);
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal("public", json.GetProperty("access").GetString());
    }

    [Fact]
    public void Show_json_on_a_server_names_file_and_batch_and_gives_the_server_path_only_to_an_administrator()
    {
        using var run = new CliRun();
        var id = platform.KnowledgeBase.Read(Caller.Owner).Search(new SearchRequest { Query = RemotePlatform.PublicMarker }).Hits.Single().Id;

        var (exit, anonymous, error) = run.Run("show", id, "--server", platform.Address, "--json");
        var viewer = run.Json("show", id, "--server", platform.Address, "--token", platform.ViewerToken);
        var administrator = run.Json("show", id, "--server", platform.Address, "--token", platform.AdministratorToken);

        Assert.True(exit == 0, error);
        Assert.DoesNotContain(platform.Files, anonymous, StringComparison.Ordinal);
        var source = System.Text.Json.JsonDocument.Parse(anonymous).RootElement.GetProperty("sources")[0];
        Assert.Equal("public.ris", source.GetProperty("file").GetString());
        Assert.True(source.GetProperty("batch").GetInt64() > 0);
        Assert.DoesNotContain(platform.Files, viewer.ToString(), StringComparison.Ordinal);
        Assert.Equal("public.ris", viewer.GetProperty("provenance").EnumerateObject().First().Value.GetProperty("file").GetString());
        Assert.Equal(Path.Combine(platform.Files, "public.ris"), administrator.GetProperty("sources")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void Show_of_a_record_the_caller_may_not_see_says_no_such_work()
    {
        using var run = new CliRun();
        var id = platform.KnowledgeBase.Read(Caller.Owner).Search(new SearchRequest { Query = RemotePlatform.RestrictedMarker }).Hits.Single().Id;

        var (anonymous, _, error) = run.Run("show", id, "--server", platform.Address);
        var (viewer, _, _) = run.Run("show", id, "--server", platform.Address, "--token", platform.ViewerToken);
        var (administrator, output, _) = run.Run("show", id, "--server", platform.Address, "--token", platform.AdministratorToken);

        Assert.Equal(1, anonymous);
        Assert.Contains($"no work {id}", error, StringComparison.Ordinal);
        Assert.Equal(1, viewer);
        Assert.Equal(0, administrator);
        Assert.Contains(RemotePlatform.RestrictedMarker, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_on_a_server_writes_the_visible_works()
    {
        using var run = new CliRun();
        var file = Path.Combine(run.DataDirectory, "export.ris");

        var (anonymous, output, _) = run.Run("export", "--format", "ris", "--query", "science policy", "--server", platform.Address);
        var (administrator, _, error) = run.Run("export", "--format", "ris", "--query", "science policy", "--out", file, "--server", platform.Address, "--token", platform.AdministratorToken);

        Assert.Equal(0, anonymous);
        Assert.Contains(RemotePlatform.PublicMarker, output, StringComparison.Ordinal);
        Assert.DoesNotContain(RemotePlatform.RestrictedMarker, output, StringComparison.Ordinal);
        Assert.True(administrator == 0, error);
        Assert.Contains(RemotePlatform.RestrictedMarker, File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_on_a_server_uploads_waits_and_prints_the_report()
    {
        using var run = new CliRun();
        var good = platform.Write("uploaded.ris", "zkremoteuploaded", "uploaded keyword");
        var bad = Path.Combine(platform.Files, "bad.ris");
        File.WriteAllText(bad, "TY  - JOUR\nAU  - Nobody, A\nPY  - 2019\nER  - \n");

        var (exit, output, error) = run.Run("import", good, bad, "--access", "internal", "--server", platform.Address, "--token", platform.AnalystToken);
        var json = run.Json("search", "zkremoteuploaded", "--server", platform.Address, "--token", platform.ViewerToken);

        Assert.True(exit == 0, error);
        Assert.Contains("uploaded 2 file(s)", error, StringComparison.Ordinal);
        Assert.Contains("uploaded.ris [ris] read 1, imported 1", output, StringComparison.Ordinal);
        Assert.Contains("bad.ris [ris] read 1, imported 0, merged 0, unchanged 0, rejected 1", output, StringComparison.Ordinal);
        Assert.Contains("! line", output, StringComparison.Ordinal);
        Assert.Contains("Records read 2; imported 1", output, StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Import_needs_a_token_of_an_importing_role()
    {
        using var run = new CliRun();
        var file = platform.Write("denied.ris", "zkremotedenied", "denied keyword");

        var (anonymous, _, anonymousError) = run.Run("import", file, "--server", platform.Address);
        var (viewer, _, viewerError) = run.Run("import", file, "--server", platform.Address, "--token", platform.ViewerToken);

        Assert.Equal(3, anonymous);
        Assert.Contains("needs a token (401)", anonymousError, StringComparison.Ordinal);
        Assert.Equal(4, viewer);
        Assert.Contains("(403)", viewerError, StringComparison.Ordinal);
        Assert.Equal(0, platform.KnowledgeBase.Read(Caller.Owner).Search(new SearchRequest { Query = "zkremotedenied" }).Total);
    }

    [Fact]
    public void An_unreachable_server_is_a_clear_error()
    {
        using var run = new CliRun();

        var (exit, _, error) = run.Run("search", "policy", "--server", "http://127.0.0.1:9");

        Assert.Equal(1, exit);
        Assert.Contains("cannot reach http://127.0.0.1:9/", error, StringComparison.Ordinal);
    }
}
