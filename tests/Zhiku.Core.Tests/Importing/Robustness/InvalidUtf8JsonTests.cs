using System.Text;
using Zhiku.Importing.Pipeline;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Importing.Robustness;

/// <summary>Defect 11 of issue 9: invalid UTF-8 in a JSON file gave "reading stopped after record 0".</summary>
public sealed class InvalidUtf8JsonTests
{
    [Fact]
    public void An_invalid_byte_in_a_record_names_the_file_the_byte_offset_and_the_problem_and_the_other_records_import()
    {
        using var data = new TempDataDirectory();
        var original = File.ReadAllBytes(SharedData.Path("bibliographic/openalex/works-api/works_chunk_1.json"));
        var second = IndexOfNth(original, "{\"id\":\"https://openalex.org/W"u8.ToArray(), 2);
        var offset = IndexOfNth(original[second..], "\"title\":\""u8.ToArray(), 1) + second + 12;
        var broken = (byte[])original.Clone();
        broken[offset] = 0xFF;
        var path = data.File("works_chunk_1-invalid-utf8.json");
        File.WriteAllBytes(path, broken);

        using var kb = data.Open();
        var report = kb.Import([path], new ImportOptions());

        var file = Assert.Single(report.Files);
        Assert.Null(file.Failure);
        var error = Assert.Single(file.Errors);
        Assert.Equal(2, error.Record);
        Assert.Contains("works_chunk_1-invalid-utf8.json", error.Message, StringComparison.Ordinal);
        Assert.Contains($"byte {offset}", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(49, file.Imported + file.Merged);
    }

    [Fact]
    public void An_invalid_byte_in_a_single_object_file_is_named_with_its_offset()
    {
        using var data = new TempDataDirectory();
        var original = File.ReadAllText(SharedData.Path("bibliographic/openalex/entities/W2741809807.json"));
        var bytes = Encoding.UTF8.GetBytes(original);
        var offset = IndexOfNth(bytes, "\"title\""u8.ToArray(), 1) + 12;
        bytes[offset] = 0xC3;
        bytes[offset + 1] = 0x28;
        var path = data.File("single-invalid-utf8.json");
        File.WriteAllBytes(path, bytes);

        using var kb = data.Open();
        var file = Assert.Single(kb.Import([path], new ImportOptions()).Files);

        var message = file.Failure ?? Assert.Single(file.Errors).Message;
        Assert.Contains("single-invalid-utf8.json", message, StringComparison.Ordinal);
        Assert.Contains($"byte {offset}", message, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", message, StringComparison.Ordinal);
    }

    private static int IndexOfNth(byte[] haystack, byte[] needle, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++)
        {
            var next = haystack.AsSpan(at + 1).IndexOf(needle);
            Assert.True(next >= 0);
            at += next + 1;
        }

        return at;
    }
}
