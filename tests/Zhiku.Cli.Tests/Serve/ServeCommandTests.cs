namespace Zhiku.Cli.Tests.Serve;

public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_is_a_command_with_data_and_urls_options()
    {
        using var run = new CliRun();

        var (exit, output, _) = run.Run("serve", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--urls", output, StringComparison.Ordinal);
        Assert.Contains("--data", output, StringComparison.Ordinal);
        Assert.Contains("--no-samples", output, StringComparison.Ordinal);
    }
}
