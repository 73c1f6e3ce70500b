using Zhiku.Files.Text;

namespace Zhiku.Formats.Wos;

/// <summary>
/// Splits WoS-tagged plain text into PT…ER blocks, streaming. A line is a two-character tag (`[A-Z][A-Z0-9]`), a space and
/// a value; lines starting with three spaces continue the previous tag (CiteSpace's CNKI output indents C1 by six).
/// Structural damage is reported on the block, never thrown, so that one broken record does not stop the file.
/// </summary>
internal static class WosTagReader
{
    /// <summary>Reads the blocks of a file.</summary>
    public static IEnumerable<WosBlock> Read(LineReader lines, CancellationToken cancellationToken)
    {
        var number = 0;
        WosTagRecord? record = null;
        WosField? field = null;
        var start = 0;
        string? problem = null;
        var strayLine = 0;
        while (lines.TryRead(out var raw))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = raw.TrimStart('\uFEFF').TrimEnd();
            var at = lines.LineNumber;
            if (line.Length == 0)
            {
                continue;
            }

            var tag = TagOf(line);
            if (record is null)
            {
                if (tag == "PT")
                {
                    if (strayLine > 0)
                    {
                        yield return new WosBlock(++number, strayLine, new WosTagRecord(), "text outside a record (records start with PT)");
                        strayLine = 0;
                    }

                    (record, start, problem) = (new WosTagRecord(), at, null);
                    field = Start(record, "PT", at, line);
                }
                else if (tag is not ("FN" or "VR" or "EF") && strayLine == 0)
                {
                    strayLine = at;
                }

                continue;
            }

            if (line.StartsWith("   ", StringComparison.Ordinal) && field is not null)
            {
                field.Values.Add(line.Trim());
                continue;
            }

            switch (tag)
            {
                case "ER":
                    yield return new WosBlock(++number, start, record, problem);
                    (record, field) = (null, null);
                    continue;
                case "PT" or "EF":
                    yield return new WosBlock(++number, start, record, problem ?? $"no ER before line {at} ({tag})");
                    (record, field) = (null, null);
                    if (tag == "PT")
                    {
                        (record, start, problem) = (new WosTagRecord(), at, null);
                        field = Start(record, "PT", at, line);
                    }

                    continue;
                case null:
                    problem ??= $"line {at}: \"{Shorten(line)}\" is not a tag line (a two-letter tag, a space, a value)";
                    continue;
            }

            var next = Start(record, tag, at, line);
            if (next is null)
            {
                problem ??= $"line {at}: tag {tag} appears a second time (first at line {record.Field(tag)!.Line})";
                continue;
            }

            field = next;
        }

        if (record is not null)
        {
            yield return new WosBlock(++number, start, record, problem ?? "the file ends before the record's ER");
        }
        else if (strayLine > 0)
        {
            yield return new WosBlock(++number, strayLine, new WosTagRecord(), "text outside a record (records start with PT)");
        }
    }

    /// <summary>The tag of a tag line ("AU Smith, J" → "AU", "ER" → "ER"), or null.</summary>
    public static string? TagOf(string line)
    {
        if (line.Length < 2 || line[0] is < 'A' or > 'Z' || !(line[1] is (>= 'A' and <= 'Z') or (>= '0' and <= '9')))
        {
            return null;
        }

        return line.Length == 2 || line[2] == ' ' ? line[..2] : null;
    }

    private static WosField? Start(WosTagRecord record, string tag, int line, string text)
    {
        var field = record.Add(tag, line);
        field?.Values.Add(text.Length > 3 ? text[3..].Trim() : string.Empty);
        return field;
    }

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
