using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>
/// Defect 12: records with neither an identifier nor a match key (titles too short to merge on) were stored again by
/// every re-run, so an import killed and run again left more works than rows. A record is found again by its content.
/// </summary>
public sealed class ReimportTests
{
    [Fact]
    public void Importing_a_file_again_leaves_records_without_identifier_or_match_key_unchanged()
    {
        using var dir = new TempDataDirectory();
        var file = Path.Combine(dir.Directory.Root, "short-titles.csv");
        File.WriteAllText(file, "Title,Authors,Year\nEditorial,,2020\nPreface,\"Li, X.\",2019\nA long enough title about science policy,\"Wang, Y.\",2018\n");
        using var kb = dir.Open();

        var first = kb.Import([file], new ImportOptions());
        var again = kb.Import([file], new ImportOptions());

        Assert.Equal((3, 0), (first.Imported, first.Unchanged));
        Assert.Equal((0, 3), (again.Imported, again.Unchanged));
        Assert.Equal(3, kb.Read(Caller.Owner).Statistics().Works);
        Assert.Equal(3, kb.Index.Count);
    }

    [Fact]
    public void The_same_short_record_under_another_access_level_stays_a_work_of_its_own()
    {
        using var dir = new TempDataDirectory();
        var file = Path.Combine(dir.Directory.Root, "editorial.csv");
        File.WriteAllText(file, "Title,Year\nEditorial,2020\n");
        using var kb = dir.Open();

        kb.Import([file], new ImportOptions());
        var restricted = kb.Import([file], new ImportOptions { Access = AccessLevel.Restricted });

        Assert.Equal(1, restricted.Imported);
        Assert.Equal(2, kb.Read(Caller.Owner).Statistics().Works);
    }
}
