using System.Text;
using Zhiku.Files;

namespace Zhiku.Formats.BibTex;

/// <summary>
/// Streams the entries of a BibTeX file: braced and quoted values, '#' concatenation, @string macros, @comment and
/// @preamble skipped, text outside entries ignored (Scopus puts "Scopus / EXPORT DATE" before the first entry).
/// </summary>
internal sealed class BibTexReader(TextReader text)
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly CharCursor _cursor = new(text);
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private int _count;

    public IEnumerable<BibBlock> Read(CancellationToken cancellationToken)
    {
        foreach (var month in MonthNames)
        {
            _macros[month] = month;
        }

        while (SkipToEntry())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = _cursor.Line;
            _cursor.Read(); // '@'
            var type = ReadName();
            _cursor.SkipWhitespace();
            var open = _cursor.Peek();
            if (open != '{' && open != '(')
            {
                continue; // "@" in free text between entries, not an entry
            }

            _cursor.Read();
            var close = open == '{' ? '}' : ')';
            switch (type.ToLowerInvariant())
            {
                case "comment":
                    SkipGroup(close);
                    continue;
                case "preamble":
                    ReadValue();
                    SkipGroup(close);
                    continue;
                case "string":
                    ReadMacro();
                    SkipGroup(close);
                    continue;
            }

            var number = ++_count;
            var error = ReadEntry(number, line, type, close, out var entry);
            yield return error is null ? new BibBlock(entry, null) : new BibBlock(null, new RecordError(new RecordPosition(number, line), $"record {number} (line {line}, @{type}): {error}"));
        }
    }

    private string? ReadEntry(int number, int line, string type, char close, out BibEntry? entry)
    {
        entry = null;
        var key = new StringBuilder();
        while (_cursor.Peek() is >= 0 and var c && c != ',' && c != close)
        {
            key.Append((char)_cursor.Read());
        }

        var fields = new List<KeyValuePair<string, string>>();
        while (true)
        {
            _cursor.SkipWhitespace();
            var c = _cursor.Peek();
            if (c < 0 || (c == '@' && _cursor.AtLineStart))
            {
                return $"entry '{key.ToString().Trim()}' is not closed with '{close}'";
            }

            if (c == ',')
            {
                _cursor.Read();
                continue;
            }

            if (c == close)
            {
                _cursor.Read();
                break;
            }

            var name = ReadFieldName(close);
            _cursor.SkipWhitespace();
            if (name.Length == 0 || _cursor.Peek() != '=')
            {
                var found = _cursor.Peek() < 0 ? "end of file" : $"'{(char)_cursor.Peek()}'";
                var problem = $"entry '{key.ToString().Trim()}': expected a field name and '=' at line {_cursor.Line}, found {(name.Length > 0 ? $"'{name}' then " : string.Empty)}{found}";
                SkipToNextEntry();
                return problem;
            }

            _cursor.Read();
            var value = ReadValue();
            if (value is null)
            {
                var problem = $"entry '{key.ToString().Trim()}': field '{name}' has no readable value (unbalanced braces or quotes?) at line {_cursor.Line}";
                SkipToNextEntry();
                return problem;
            }

            fields.Add(new(name.ToLowerInvariant(), value));
        }

        entry = new BibEntry(number, line, type.ToLowerInvariant(), key.ToString().Trim(), fields);
        return null;
    }

    private string? ReadValue()
    {
        var value = new StringBuilder();
        while (true)
        {
            _cursor.SkipWhitespace();
            var c = _cursor.Peek();
            if (c == '{' || c == '"')
            {
                _cursor.Read();
                if (!ReadDelimited(value, c == '{' ? '}' : '"'))
                {
                    return null;
                }
            }
            else if (c >= 0 && char.IsAsciiDigit((char)c))
            {
                while (_cursor.Peek() is >= 0 and var d && char.IsAsciiDigit((char)d))
                {
                    value.Append((char)_cursor.Read());
                }
            }
            else if (ReadName() is { Length: > 0 } macro)
            {
                value.Append(_macros.TryGetValue(macro, out var expansion) ? expansion : macro);
            }
            else
            {
                return null;
            }

            _cursor.SkipWhitespace();
            if (_cursor.Peek() != '#')
            {
                return value.ToString();
            }

            _cursor.Read();
        }
    }

    // Reads up to the closing delimiter at brace depth 0, keeping inner braces; false when the file or the entry ends first.
    private bool ReadDelimited(StringBuilder value, char end)
    {
        var depth = 0;
        while (true)
        {
            var c = _cursor.Peek();
            // A line opening with '@' inside a braced value means the value never closed and the next entry begins.
            if (c < 0 || (c == '@' && _cursor.AtLineStart && end == '}'))
            {
                return false;
            }

            _cursor.Read();
            if (c == end && depth == 0)
            {
                return true;
            }

            if (c == '\\' && _cursor.Peek() is '{' or '}' or '"')
            {
                value.Append('\\').Append((char)_cursor.Read());
                continue;
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            value.Append((char)c);
        }
    }

    private void ReadMacro()
    {
        _cursor.SkipWhitespace();
        var name = ReadName();
        _cursor.SkipWhitespace();
        if (name.Length > 0 && _cursor.Peek() == '=')
        {
            _cursor.Read();
            if (ReadValue() is { } value)
            {
                _macros[name] = value;
            }
        }
    }

    private string ReadName()
    {
        var name = new StringBuilder();
        while (_cursor.Peek() is >= 0 and var c && (char.IsLetterOrDigit((char)c) || c is '-' or '_' or ':' or '.' or '+' or '/'))
        {
            name.Append((char)_cursor.Read());
        }

        return name.ToString();
    }

    // Field names are freer than entry types: WoS writes "Usage-Count-(Last-180-days)".
    private string ReadFieldName(char close)
    {
        var name = new StringBuilder();
        while (_cursor.Peek() is >= 0 and var c && !char.IsWhiteSpace((char)c) && c != close && "={}\",#%".IndexOf((char)c) < 0)
        {
            name.Append((char)_cursor.Read());
        }

        return name.ToString();
    }

    private void SkipGroup(char close)
    {
        var depth = 0;
        while (_cursor.Peek() is >= 0 and var c)
        {
            _cursor.Read();
            if (c == close && depth == 0)
            {
                return;
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        }
    }

    private bool SkipToEntry()
    {
        while (_cursor.Peek() is >= 0 and var c)
        {
            if (c == '@')
            {
                return true;
            }

            _cursor.Read();
        }

        return false;
    }

    private void SkipToNextEntry()
    {
        while (_cursor.Peek() is >= 0 and var c && !(c == '@' && _cursor.AtLineStart))
        {
            _cursor.Read();
        }
    }
}
