using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>
/// A folder holds more than records: notes about the folder (SOURCES.md, README) and data for other commands
/// (evaluation tables and specs). Importing the folder imports the records and passes over the rest without an error.
/// </summary>
public sealed class ImportingAFolderTests
{
    private static readonly string Policies = SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl");
    private static readonly string AsemData = SharedData.Path("evaluation/asem/ASEM_iData.csv");
    private static readonly string AsemMeta = SharedData.Path("evaluation/asem/ASEM_iMeta.csv");
    private static readonly string Sources = SharedData.Path("SOURCES.md");

    private static string Folder(TempDataDirectory dir)
    {
        var folder = Path.Combine(dir.Root, "corpus");
        Directory.CreateDirectory(Path.Combine(folder, "evaluation"));
        File.Copy(Policies, Path.Combine(folder, "policies.jsonl"));
        File.Copy(Sources, Path.Combine(folder, "SOURCES.md"));
        File.WriteAllText(Path.Combine(folder, "README.txt"), "What this folder holds and where it comes from.\n");
        File.Copy(AsemData, Path.Combine(folder, "evaluation", "ASEM_iData.csv"));
        File.Copy(AsemMeta, Path.Combine(folder, "evaluation", "ASEM_iMeta.csv"));
        File.WriteAllText(Path.Combine(folder, "evaluation", "asem.yaml"), "name: ASEM\nsteps: [normalise, aggregate]\n");
        return folder;
    }

    [Fact]
    public void Notes_about_a_folder_are_not_imported_as_works()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();

        var report = kb.Import([Folder(dir)], new ImportOptions());

        Assert.DoesNotContain(report.Files, f => Path.GetFileName(f.Path) is "SOURCES.md" or "README.txt");
        Assert.Equal(60, report.Imported);
        Assert.Equal(60, kb.Read(Caller.Owner).Statistics().Works);
    }

    [Fact]
    public void Files_of_a_folder_that_hold_no_records_are_passed_over_without_a_failure()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();

        var report = kb.Import([Folder(dir)], new ImportOptions());

        Assert.Equal(0, report.FailedFiles);
        Assert.Equal(3, report.SkippedFiles);
        Assert.Equal(["ASEM_iData.csv", "ASEM_iMeta.csv", "asem.yaml"], report.Files.Where(f => f.Skipped is not null).Select(f => Path.GetFileName(f.Path)));
    }

    [Fact]
    public void A_file_named_explicitly_that_holds_no_records_is_still_a_failure()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();

        var report = kb.Import([AsemMeta], new ImportOptions());

        Assert.Equal(1, report.FailedFiles);
        Assert.Contains("format not recognised", report.Files[0].Failure, StringComparison.Ordinal);
    }
}
