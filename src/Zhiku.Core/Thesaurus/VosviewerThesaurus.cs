namespace Zhiku.Thesaurus;

/// <summary>
/// VOSviewer's thesaurus file: tab-separated text, a header line <c>label	replace by</c>, then one line per term with
/// the label as it occurs and the label that replaces it. (VOSviewer also accepts an empty "replace by" to drop a
/// term; a thesaurus of pairs has no use for it, so such a line is an error here.)
/// </summary>
public static class VosviewerThesaurus
{
    /// <summary>The header line.</summary>
    public const string Header = "label\treplace by";

    /// <summary>Reads the pairs with their line numbers; a bad header is a <see cref="ThesaurusException"/>.</summary>
    /// <remarks>A bad line does not stop the file: see <see cref="ReadLines"/> for the lines that were skipped.</remarks>
    public static List<(int Line, string Label, string ReplaceBy)> Read(TextReader reader, string fileName) => ReadLines(reader, fileName).Pairs;

    /// <summary>
    /// Reads the pairs with their line numbers, and each bad line as a problem naming the file and line; the good lines
    /// are kept, so one typo in a thesaurus of thousands of lines costs that line only. A bad header stops the file.
    /// </summary>
    public static ThesaurusFile ReadLines(TextReader reader, string fileName)
    {
        var pairs = new List<(int, string, string)>();
        var problems = new List<ThesaurusLineProblem>();
        var header = reader.ReadLine()?.TrimStart('\uFEFF');
        if (header is null || !string.Equals(header.Trim(), Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new ThesaurusException("bad-header", $"{fileName}, line 1: a VOSviewer thesaurus starts with the header 'label<TAB>replace by', not '{header}'", fileName, header ?? "");
        }

        var number = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2)
            {
                problems.Add(Bad(number, $"{fileName}, line {number}: expected 2 tab-separated columns (label, replace by), found {cells.Length}", fileName));
                continue;
            }

            var (label, replaceBy) = (cells[0].Trim(), cells[1].Trim());
            if (label.Length == 0 || replaceBy.Length == 0)
            {
                problems.Add(Bad(number, $"{fileName}, line {number}: {(label.Length == 0 ? "the label" : "'replace by'")} is empty", fileName));
                continue;
            }

            if (string.Equals(label, replaceBy, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Bad(number, $"{fileName}, line {number}: '{label}' replaces itself", fileName));
                continue;
            }

            pairs.Add((number, label, replaceBy));
        }

        return new ThesaurusFile(pairs, problems);
    }

    /// <summary>Writes the header and one line per pair (tabs and line breaks in labels become spaces).</summary>
    public static void Write(TextWriter writer, IEnumerable<(string Label, string ReplaceBy)> pairs)
    {
        writer.Write(Header + "\n");
        foreach (var (label, replaceBy) in pairs)
        {
            writer.Write(Clean(label) + "\t" + Clean(replaceBy) + "\n");
        }
    }

    private static ThesaurusLineProblem Bad(int line, string message, string fileName) =>
        new(line, new ThesaurusException("bad-line", message, fileName, line.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Clean(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
