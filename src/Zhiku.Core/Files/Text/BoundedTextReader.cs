using System.Text;

namespace Zhiku.Files.Text;

/// <summary>
/// A buffered text reader that refuses a line longer than a bound: a 50 MB line without a break (a one-word title, a
/// binary file read as text) ends the file with the line number and the bound instead of filling memory. Line breaks
/// are LF, CRLF and bare CR, as everywhere in the importers.
/// </summary>
public sealed class BoundedTextReader(TextReader inner, int maxLineChars) : TextReader
{
    private readonly char[] _buffer = new char[1 << 16];
    private int _pos;
    private int _len;
    private long _run;
    private int _line = 1;
    private bool _lastWasCr;

    public override int Peek() => _pos < _len || Fill() ? _buffer[_pos] : -1;

    public override int Read() => _pos < _len || Fill() ? _buffer[_pos++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (_pos >= _len && !Fill()))
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _len - _pos);
        _buffer.AsSpan(_pos, count).CopyTo(buffer);
        _pos += count;
        return count;
    }

    public override string? ReadLine()
    {
        if (_pos >= _len && !Fill())
        {
            return null;
        }

        StringBuilder? partial = null;
        while (true)
        {
            var rest = _buffer.AsSpan(_pos, _len - _pos);
            var end = rest.IndexOfAny('\r', '\n');
            if (end >= 0)
            {
                var line = partial is null ? new string(rest[..end]) : partial.Append(rest[..end]).ToString();
                var breakChar = rest[end];
                _pos += end + 1;
                if (breakChar == '\r' && (_pos < _len || Fill()) && _buffer[_pos] == '\n')
                {
                    _pos++;
                }

                return line;
            }

            (partial ??= new StringBuilder()).Append(rest);
            _pos = _len;
            if (!Fill())
            {
                return partial.ToString();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // Reads the next block and checks, before anyone consumes it, that no line grows past the bound.
    private bool Fill()
    {
        _pos = 0;
        _len = inner.Read(_buffer, 0, _buffer.Length);
        if (_len <= 0)
        {
            _len = 0;
            return false;
        }

        var block = _buffer.AsSpan(0, _len);
        var first = block.IndexOfAny('\r', '\n');
        if (first < 0)
        {
            Check(_run + _len);
            _run += _len;
            _lastWasCr = false;
            return true;
        }

        Check(_run + first);
        var joined = _lastWasCr && block[0] == '\n' ? 1 : 0;
        _line += block.Count('\n') + block.Count('\r') - block.Count("\r\n") - joined;
        var last = block.LastIndexOfAny('\r', '\n');
        _run = _len - 1 - last;
        _lastWasCr = block[^1] == '\r';
        return true;
    }

    private void Check(long run)
    {
        if (run > maxLineChars)
        {
            throw new ImportException($"line {_line}: longer than {maxLineChars:N0} characters, the limit of one line");
        }
    }
}
