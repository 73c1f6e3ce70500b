using MiniExcelLibs;
using Zhiku.Consultation;

namespace Zhiku.Tests.Consultation;

/// <summary>
/// Reading answers: a bad row is named by file, line and column and left out, and the good rows still count; a file
/// without a needed column yields no answers and names the column.
/// </summary>
public sealed class AnswerFileReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "zhiku-delphi-" + Guid.NewGuid().ToString("N")[..12]);

    public AnswerFileReaderTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_non_number_a_bad_round_an_empty_expert_and_a_duplicate_are_listed_and_the_good_rows_kept()
    {
        var path = Write("answers.csv", """
            round,expert,item,value
            1,E1,S1,4
            1,E2,S1,很同意
            1,E3,S1,5
            一,E4,S1,3
            1,,S1,2
            1,E1,S1,2
            2,E1,S1,4
            """);

        var file = AnswerFileReader.Read(path);

        Assert.Equal(3, file.Answers.Count);
        Assert.Equal([(3, "value", AnswerProblemKind.NotANumber), (5, "round", AnswerProblemKind.NotARound), (6, "expert", AnswerProblemKind.Empty), (7, "item", AnswerProblemKind.Duplicate)],
            file.Problems.Select(p => (p.Line, p.Column, p.Kind)));
        Assert.All(file.Problems, p => Assert.Equal(path, p.File));
        Assert.Equal(4, file.Answers.Single(a => a.Expert == "E1" && a.Round == 1).Value);
    }

    [Fact]
    public void The_problems_read_in_Chinese_by_default_and_in_English_on_request()
    {
        var path = Write("answers.csv", "轮次,专家,条目,数值\n1,E1,S1,很同意\n");

        var problem = Assert.Single(AnswerFileReader.Read(path).Problems);

        Assert.Equal($"{path} 第 2 行“数值”列：“很同意”不是数字", problem.Describe(DelphiText.For(null)));
        Assert.Equal($"{path} line 2, column '数值': '很同意' is not a number", problem.Describe(DelphiText.For("en")));
    }

    [Fact]
    public void A_missing_column_is_named_and_no_answer_is_read()
    {
        var path = Write("answers.csv", "round,expert,value\n1,E1,4\n");

        var file = AnswerFileReader.Read(path);

        Assert.Empty(file.Answers);
        var problem = Assert.Single(file.Problems);
        Assert.Equal((1, "item", AnswerProblemKind.MissingColumn), (problem.Line, problem.Column, problem.Kind));
    }

    [Fact]
    public void An_xlsx_workbook_with_columns_in_another_order_is_read_with_its_row_numbers()
    {
        var path = Path.Combine(_folder, "answers.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object> { ["数值"] = 4, ["条目"] = "S1", ["专家"] = "E1", ["轮次"] = 1 },
            new Dictionary<string, object> { ["数值"] = "n/a", ["条目"] = "S1", ["专家"] = "E2", ["轮次"] = 1 },
            new Dictionary<string, object> { ["数值"] = 2.5, ["条目"] = "S1", ["专家"] = "E3", ["轮次"] = 1 },
        });

        var file = AnswerFileReader.Read(path);

        Assert.Equal([4, 2.5], file.Answers.Select(a => a.Value));
        Assert.Equal((3, "数值", AnswerProblemKind.NotANumber, "n/a"), file.Problems.Select(p => (p.Line, p.Column, p.Kind, p.Value)).Single());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
