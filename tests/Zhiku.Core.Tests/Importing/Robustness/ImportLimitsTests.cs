using System.Text;
using Zhiku.Files;
using Zhiku.Importing.Pipeline;
using Zhiku.Testing.Fuzzing;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Robustness;

/// <summary>
/// Defect 5 of issue 9: imports could exhaust memory (a zip bomb DOCX, a 50 MB line, a 50 MB JSON string, an unclosed
/// quote, 100k columns). Each bound rejects the file with the line or part and the bound; the rest of the batch imports.
/// The bounds are small here so the files stay small; the real-size cases are measured in docs/BENCHMARKS.md.
/// </summary>
public sealed class ImportLimitsTests
{
    private static readonly ImportLimits Small = new()
    {
        MaxLineChars = 100_000,
        MaxFieldChars = 50_000,
        MaxColumns = 1_000,
        MaxJsonRecordBytes = 1 << 20,
        MaxUnpackedBytes = 4 << 20,
        MaxDocumentBytes = 1 << 20,
        MaxDocumentChars = 10_000,
    };

    [Fact]
    public void A_zip_bomb_docx_is_rejected_before_it_is_unpacked()
    {
        var (file, good) = ImportBeside("bomb.docx", path => OfficeFiles.WriteZipBombDocx(path, 64L << 20));

        Assert.Contains("the part word/document.xml unpacks to 67,109,048 bytes", file.Failure, StringComparison.Ordinal);
        Assert.Contains("bomb.docx", file.Failure, StringComparison.Ordinal);
        Assert.Equal(2, good.Imported);
    }

    [Fact]
    public void A_long_docx_keeps_its_first_characters_up_to_the_bound()
    {
        var (file, _) = ImportBeside("long.docx", path => OfficeFiles.WriteDocx(path, OfficeFiles.DocumentXml(
            Enumerable.Range(1, 2_000).Select(i => $"Paragraph {i} of a long policy report on think tanks."))));

        Assert.Null(file.Failure);
        Assert.Equal(1, file.Imported);
    }

    [Fact]
    public void A_line_longer_than_the_bound_names_its_line()
    {
        var (file, good) = ImportBeside("one-word.ris", path => File.WriteAllText(path,
            $"TY  - JOUR\nTI  - A fine record\nER  - \n\nTY  - JOUR\nTI  - {new string('w', 300_000)}\nER  - \n"));

        Assert.Contains("one-word.ris: line 6: longer than 100,000 characters", file.Failure, StringComparison.Ordinal);
        Assert.Equal(2, good.Imported);
    }

    [Fact]
    public void An_unclosed_quote_in_a_csv_stops_at_the_field_bound_and_names_the_line_it_opened_on()
    {
        var scopus = File.ReadAllText(SharedData.Path("bibliographic/scopus/scientopy_2017.csv"));
        var (file, good) = ImportBeside("unclosed.csv", path => File.WriteAllText(path,
            scopus + "\"Never closed," + string.Concat(Enumerable.Repeat("more text,\n", 10_000)), new UTF8Encoding(true)));

        Assert.Matches(@"unclosed\.csv: line \d+: a quoted field longer than 50,000 characters", file.Failure);
        Assert.Equal(2, good.Imported);
    }

    [Fact]
    public void A_csv_with_more_columns_than_the_bound_is_rejected()
    {
        var (file, good) = ImportBeside("wide.csv", path => File.WriteAllText(path,
            "Title," + string.Join(',', Enumerable.Range(1, 100_000).Select(i => $"c{i}")) + "\nA wide table,1\n"));

        Assert.NotNull(file.Failure);
        Assert.Equal(0, file.Imported);
        Assert.Equal(2, good.Imported);
    }

    [Fact]
    public void A_json_record_larger_than_the_bound_names_its_byte_offset()
    {
        var original = File.ReadAllText(SharedData.Path("bibliographic/openalex/works-api/works_chunk_2.json"));
        var at = original.IndexOf("\"title\":\"", original.IndexOf("\"results\"", StringComparison.Ordinal), StringComparison.Ordinal) + 9;
        var (file, good) = ImportBeside("huge-string.json", path => File.WriteAllText(path, original.Insert(at, new string('j', 2 << 20))));

        var message = file.Failure ?? Assert.Single(file.Errors).Message;
        Assert.Contains("huge-string.json", message, StringComparison.Ordinal);
        Assert.Contains("longer than the 1,048,576 bytes one record may have", message, StringComparison.Ordinal);
        Assert.Equal(2, good.Imported);
    }

    [Fact]
    public void A_text_document_larger_than_the_bound_is_rejected()
    {
        var (file, good) = ImportBeside("big.md", path => File.WriteAllText(path, "# A big document\n\n" + new string('m', 2 << 20)));

        Assert.Contains("more than the 1,048,576 bytes one document may have", file.Failure, StringComparison.Ordinal);
        Assert.Equal(2, good.Imported);
    }

    private static (FileReport File, FileReport Good) ImportBeside(string name, Action<string> write)
    {
        using var data = new TempDataDirectory();
        var path = data.File(name);
        write(path);
        var good = SharedData.Path("bibliographic/wos/metaknowledge_TwoPaper.isi");
        using var kb = data.Open();
        var report = kb.Import([path, good], new ImportOptions { Limits = Small });
        Assert.Equal(2, kb.Index.Count - report.Files[0].Imported);
        return (report.Files[0], report.Files[1]);
    }
}
