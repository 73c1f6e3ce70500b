namespace Zhiku.Files.Text;

/// <summary>Reads numbered lines (LF, CRLF or bare CR) and can put one line back.</summary>
public sealed class LineReader(TextReader reader) : IDisposable
{
    private string? _pushedBack;

    /// <summary>The 1-based number of the line last read (0 before the first).</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line, or returns false at the end.</summary>
    public bool TryRead(out string line)
    {
        if (_pushedBack is not null)
        {
            line = _pushedBack;
            _pushedBack = null;
            LineNumber++;
            return true;
        }

        var next = reader.ReadLine();
        if (next is null)
        {
            line = string.Empty;
            return false;
        }

        LineNumber++;
        line = next;
        return true;
    }

    /// <summary>Puts the line just read back, so that the next <see cref="TryRead"/> returns it again.</summary>
    public void PushBack(string line)
    {
        _pushedBack = line;
        LineNumber--;
    }

    public void Dispose() => reader.Dispose();
}
