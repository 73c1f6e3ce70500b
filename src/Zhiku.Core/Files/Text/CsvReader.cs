using System.Text;

namespace Zhiku.Files.Text;

/// <summary>A row of a delimited file: the line it starts on and its fields.</summary>
public sealed record CsvRow(int Line, string[] Fields);

/// <summary>
/// An RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and line breaks. Tolerant of what real exports
/// do: a stray quote inside an unquoted field is kept as text, a file may end inside a quoted field (the row is still
/// returned and <see cref="EndedInsideQuotes"/> is set).
/// </summary>
public sealed class CsvReader(TextReader reader, char delimiter = ',', ImportLimits? limits = null) : IDisposable
{
    private readonly int _maxField = (limits ?? ImportLimits.Default).MaxFieldChars;
    private readonly int _maxColumns = (limits ?? ImportLimits.Default).MaxColumns;
    private readonly StringBuilder _field = new();
    private int _line = 1;
    private int _peeked = -2;

    /// <summary>True when the last row ended at end of file inside an open quote: the file is truncated.</summary>
    public bool EndedInsideQuotes { get; private set; }

    /// <summary>Reads the next row, or null at the end of the file. Blank lines are skipped.</summary>
    public CsvRow? ReadRow()
    {
        while (true)
        {
            if (Peek() == -1)
            {
                return null;
            }

            var start = _line;
            var fields = new List<string>();
            var rowEnded = false;
            while (!rowEnded)
            {
                var (value, end) = ReadField(start);
                fields.Add(value);
                if (fields.Count > _maxColumns)
                {
                    throw new ImportException($"line {start}: more than {_maxColumns:N0} columns, the limit of one row");
                }

                rowEnded = end != FieldEnd.Delimiter;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            return new CsvRow(start, [.. fields]);
        }
    }

    /// <summary>Reads all rows.</summary>
    public IEnumerable<CsvRow> ReadAll()
    {
        while (ReadRow() is { } row)
        {
            yield return row;
        }
    }

    private enum FieldEnd
    {
        Delimiter,
        Line,
        File,
    }

    private (string Value, FieldEnd End) ReadField(int rowLine)
    {
        _field.Clear();
        var c = Peek();
        if (c == '"')
        {
            Next();
            while (true)
            {
                c = Next();
                if (c == -1)
                {
                    EndedInsideQuotes = true;
                    return (_field.ToString(), FieldEnd.File);
                }

                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        _field.Append('"');
                        continue;
                    }

                    break;
                }

                if (c == '\r')
                {
                    if (Peek() == '\n')
                    {
                        Next();
                    }

                    _field.Append('\n');
                    _line++;
                    continue;
                }

                if (c == '\n')
                {
                    _line++;
                }

                _field.Append((char)c);
                if (_field.Length > _maxField)
                {
                    throw new ImportException($"line {rowLine}: a quoted field longer than {_maxField:N0} characters (a quote never closed?)");
                }
            }

            // After the closing quote: text up to the delimiter is kept (tolerance for `"a"b`).
        }

        while (true)
        {
            c = Next();
            if (c == -1)
            {
                return (_field.ToString(), FieldEnd.File);
            }

            if (c == delimiter)
            {
                return (_field.ToString(), FieldEnd.Delimiter);
            }

            if (c == '\r')
            {
                if (Peek() == '\n')
                {
                    Next();
                }

                _line++;
                return (_field.ToString(), FieldEnd.Line);
            }

            if (c == '\n')
            {
                _line++;
                return (_field.ToString(), FieldEnd.Line);
            }

            _field.Append((char)c);
            if (_field.Length > _maxField)
            {
                throw new ImportException($"line {rowLine}: a field longer than {_maxField:N0} characters");
            }
        }
    }

    private int Peek()
    {
        if (_peeked == -2)
        {
            _peeked = reader.Read();
        }

        return _peeked;
    }

    private int Next()
    {
        var c = Peek();
        _peeked = -2;
        return c;
    }

    public void Dispose() => reader.Dispose();
}
