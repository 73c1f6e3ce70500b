using Zhiku.Model;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Wos;

/// <summary>
/// metaknowledge's deliberately broken files. badFile.isi is savedrecs.txt with record 1's CR tag removed (its 103
/// references run on as C1 address lines), one "CR" line moved after NR, and no EF. testFile.isi has the same damage,
/// a record whose "AU" line lost its space ("AUGilles, H"), record 2 relabelled "PT B", and a record without UT.
/// </summary>
public sealed class WosDamagedFileTests
{
    private static IReadOnlyList<Zhiku.Formats.ImportItem> Read(string file) =>
        ImportKit.Read(SharedData.Path("bibliographic/wos/" + file), "wos-plain");

    [Fact]
    public void Rejects_the_record_whose_references_lost_their_CR_tag_and_keeps_the_other_31()
    {
        var items = Read("metaknowledge_badFile.isi");

        var error = Assert.Single(items.Errors());
        Assert.Equal(1, error.Position.Record);
        Assert.Equal(3, error.Position.Line);
        Assert.Equal("record 1 (line 3): NR (line 117) counts 104 cited references but CR (line 118) holds 1; the record's tags are damaged", error.Message);
        Assert.Equal(31, items.Works().Count);
        Assert.Equal(32, items.Count);
    }

    [Fact]
    public void Imports_32_of_the_34_blocks_of_the_test_file_and_says_why_two_are_rejected()
    {
        var items = Read("metaknowledge_testFile.isi");

        var errors = items.Errors();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("record 1 (line 3): NR (line 117) counts 104", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("record 6 (line 415): line 416: \"AUGilles, H\" is not a tag line (a two-letter tag, a space, a value)", errors[1].Message);
        Assert.Equal(32, items.Works().Count);
        Assert.Equal(34, items.Count);
    }

    [Fact]
    public void Keeps_the_test_file_record_without_UT_and_the_one_relabelled_as_a_book()
    {
        var works = Read("metaknowledge_testFile.isi").Works();

        var noUt = Assert.Single(works, w => !w.Identifiers.ContainsKey(IdSchemes.WosUt));
        Assert.Equal("Goos-Hanchen and Imbert-Fedorov shifts for leaky guided modes", noUt.MainTitle);
        Assert.Equal("10.1364/josab.22.001290", noUt.Identifiers[IdSchemes.Doi]);
        Assert.Equal(16, noUt.References.Count);
        Assert.True(noUt.Authors[2].IsCorresponding);
        Assert.Equal(37, noUt.CitedByCount);

        // Record 2 says "PT B" but "DT Article": the document type decides.
        Assert.Equal(WorkKind.JournalArticle, works[0].Kind);
    }
}
