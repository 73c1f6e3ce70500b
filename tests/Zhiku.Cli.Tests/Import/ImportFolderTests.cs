namespace Zhiku.Cli.Tests.Import;

/// <summary>What a newcomer reads when importing a folder that also holds data for other commands.</summary>
public sealed class ImportFolderTests
{
    [Fact]
    public void A_folder_of_evaluation_data_is_passed_over_in_one_line_and_no_error()
    {
        using var cli = new CliRun();

        var (exit, output, error) = cli.Run("import", CliRun.Shared("evaluation"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.DoesNotContain("FAILED", output, StringComparison.Ordinal);
        Assert.Contains("passed over 4 file(s)", output, StringComparison.Ordinal);
        Assert.Contains("ASEM_iData.csv", output, StringComparison.Ordinal);
    }
}
