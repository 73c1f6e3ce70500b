using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Knowledge;

/// <summary>
/// Records of one paper held at different access levels or by different organisations stay separate works: merging
/// never lets a restricted record's values reach a public work, nor hides a public record inside a restricted one.
/// </summary>
public sealed class MergingAcrossAccessTests
{
    private const string Doi = "10.5555/zk.twin.2020";

    public static TheoryData<bool, bool> Orders() => new()
    {
        { true, true },
        { true, false },
        { false, true },
        { false, false },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void A_public_and_a_restricted_record_of_one_paper_stay_two_works_in_either_order(bool publicFirst, bool withDoi)
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var publicFile = Twin(dir, "public-twin.ris", "zkopenword", withDoi);
        var restrictedFile = Twin(dir, "restricted-twin.ris", "zksecretword", withDoi);
        var imports = new (string File, ImportOptions Options)[]
        {
            (publicFile, new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Public }),
            (restrictedFile, new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Restricted }),
        };

        foreach (var (file, options) in publicFirst ? imports : imports.Reverse())
        {
            Assert.Equal(1, kb.Import([file], options).Imported);
        }

        var anonymous = kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = "*" });
        var work = kb.Read(Caller.Anonymous).Work(anonymous.Hits.Single().Id)!;
        Assert.Equal(2, kb.Read(Caller.Owner).Statistics().Works);
        Assert.Equal(0, kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = "zksecretword" }).Total);
        Assert.Equal(1, kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = "zkopenword" }).Total);
        Assert.Equal(["zkopenword"], work.Work.AuthorKeywords);
        Assert.DoesNotContain(work.Sources, s => s.File == restrictedFile);
        Assert.DoesNotContain(work.Provenance.Values, p => p.File == restrictedFile);
    }

    [Fact]
    public void Public_records_of_two_organisations_stay_two_works_each_owned_by_its_importer()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();

        kb.Import([Twin(dir, "a.ris", "zkaword", withDoi: true)], new ImportOptions { Owner = "甲研究院" });
        var second = kb.Import([Twin(dir, "b.ris", "zkbword", withDoi: true)], new ImportOptions { Owner = "乙智库" });

        Assert.Equal(1, second.Imported);
        Assert.Equal(2, kb.Read(Caller.Anonymous).Search(new SearchRequest { Query = "*" }).Total);
        Assert.Equal(["乙智库", "甲研究院"], kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*" }).Hits
            .Select(h => kb.Read(Caller.Owner).Work(h.Id)!.Owner).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Records_of_one_organisation_and_access_level_still_merge()
    {
        using var dir = new TempDataDirectory();
        using var kb = dir.Open();
        var options = new ImportOptions { Owner = "甲研究院", Access = AccessLevel.Internal };

        kb.Import([Twin(dir, "first.ris", "zkfirstword", withDoi: true)], options);
        var second = kb.Import([Twin(dir, "second.ris", "zksecondword", withDoi: false)], options);

        Assert.Equal(1, second.Merged);
        Assert.Equal(1, kb.Read(Caller.Owner).Statistics().Works);
    }

    // The same paper (title, year, first author; the DOI when asked) with one keyword of its own.
    private static string Twin(TempDataDirectory dir, string name, string keyword, bool withDoi)
    {
        var path = dir.File(name);
        File.WriteAllText(path,
            "TY  - JOUR\nTI  - Science and technology think tanks under scrutiny\nAU  - Twin, Alice\nPY  - 2020\n"
            + (withDoi ? $"DO  - {Doi}\n" : string.Empty) + $"KW  - {keyword}\nER  - \n");
        return path;
    }
}
