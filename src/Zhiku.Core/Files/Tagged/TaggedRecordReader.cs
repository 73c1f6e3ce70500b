using Zhiku.Files.Text;

namespace Zhiku.Files.Tagged;

/// <summary>A record read from a tagged file, or a block of lines that belongs to no record.</summary>
internal sealed record TaggedBlock(TaggedRecord? Record, TaggedProblem? Error);

/// <summary>Lines of a tagged file that belong to no record: where they start and what is wrong, in words a user can act on.</summary>
internal sealed record TaggedProblem(RecordPosition Position, string Message);

/// <summary>Streams the records of a line-tagged file, joining continuation lines to the field before them.</summary>
internal static class TaggedRecordReader
{
    public static IEnumerable<TaggedBlock> Read(LineReader lines, TaggedSyntax syntax, CancellationToken cancellationToken)
    {
        TaggedRecord? current = null;
        var count = 0;
        var strayLine = 0;
        var lastTag = string.Empty;
        var lastValue = string.Empty;
        var lastLine = 0;

        while (lines.TryRead(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
            {
                if (syntax.BlankLineEndsRecord && current is not null)
                {
                    yield return new TaggedBlock(Close(), null);
                }

                continue;
            }

            if (syntax.TryParse(line, out var tag, out var value))
            {
                if (syntax.IsStart(tag) || (current is null && syntax.AnyTagStartsRecord))
                {
                    if (current is not null)
                    {
                        yield return new TaggedBlock(Close(), null);
                    }

                    current = new TaggedRecord(++count, lines.LineNumber);
                }
                else if (current is null)
                {
                    if (strayLine == 0)
                    {
                        strayLine = lines.LineNumber;
                        yield return new TaggedBlock(null, new TaggedProblem(new RecordPosition(count + 1, strayLine),
                            $"line {strayLine}: field '{tag}' outside a record (no record start before it); skipped up to the next record"));
                    }

                    continue;
                }

                Flush();
                if (syntax.IsEnd(tag))
                {
                    yield return new TaggedBlock(Close(), null);
                    continue;
                }

                lastTag = tag;
                lastValue = value;
                lastLine = lines.LineNumber;
                continue;
            }

            if (current is not null && lastLine > 0)
            {
                lastValue = lastValue.Length == 0 ? line.Trim() : lastValue + syntax.ContinuationSeparator + line.Trim();
            }
        }

        if (current is not null)
        {
            yield return new TaggedBlock(Close(), null);
        }

        void Flush()
        {
            if (current is not null && lastLine > 0)
            {
                current.Fields.Add(new TaggedField(lastTag, lastValue, lastLine));
            }

            lastLine = 0;
        }

        TaggedRecord Close()
        {
            Flush();
            var done = current!;
            current = null;
            strayLine = 0;
            return done;
        }
    }
}
