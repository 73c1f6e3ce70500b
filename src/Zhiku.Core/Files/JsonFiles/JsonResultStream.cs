using System.Text.Json;

namespace Zhiku.Files.JsonFiles;

/// <summary>
/// Streams the records of a JSON file one <see cref="JsonDocument"/> at a time: the elements of a top-level array, the
/// elements of the "results" array of an API page (<c>{"meta":…,"results":[…]}</c>), or a single top-level object.
/// Only one record is in memory at a time, however long the file.
/// </summary>
internal sealed class JsonResultStream(Stream stream, int maxRecordBytes = 32 << 20) : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private int _line = 1;
    private long _offset;
    private JsonReaderState _state = new(Options);
    private bool _inArray;
    private bool _done;
    private bool _bomChecked;

    private delegate bool Step(ref Utf8JsonReader reader);

    /// <summary>The 1-based line on which the last record returned starts.</summary>
    public int Line { get; private set; }

    /// <summary>Reads the next record, or null when there are no more. Throws <see cref="JsonException"/> on broken JSON.</summary>
    public JsonDocument? Next()
    {
        if (_done)
        {
            return null;
        }

        if (!_inArray)
        {
            return Begin();
        }

        JsonDocument? document = null;
        var ended = false;
        var invalidAt = -1L;
        byte invalidByte = 0;
        Run((ref reader) =>
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                ended = true;
                return true;
            }

            var tokenStart = (int)reader.TokenStartIndex;
            Line = _line + CountLines(tokenStart);
            if (!JsonDocument.TryParseValue(ref reader, out document))
            {
                return false;
            }

            // The reader checks JSON structure, not the UTF-8 inside strings; check the record's bytes before anyone reads them.
            var invalid = Utf8Check.FirstInvalid(_buffer.AsSpan(_start + tokenStart, (int)reader.BytesConsumed - tokenStart));
            if (invalid >= 0)
            {
                document.Dispose();
                document = null;
                invalidAt = _offset + tokenStart + invalid;
                invalidByte = _buffer[_start + tokenStart + invalid];
            }

            return true;
        });
        if (ended)
        {
            _done = true;
        }

        if (invalidAt >= 0)
        {
            throw new JsonRecordUtf8Exception(invalidAt, invalidByte);
        }

        return document;
    }

    private JsonDocument? Begin()
    {
        var token = JsonTokenType.None;
        Run((ref reader) =>
        {
            if (!reader.Read())
            {
                return false;
            }

            token = reader.TokenType;
            return true;
        });

        if (token == JsonTokenType.StartArray)
        {
            _inArray = true;
            return Next();
        }

        if (token != JsonTokenType.StartObject)
        {
            throw new JsonException("the file is neither a JSON object nor an array");
        }

        // An API page starts with "meta" (or "results"); any other object is a single record.
        string? firstName = null;
        Run((ref reader) =>
        {
            if (!reader.Read())
            {
                return false;
            }

            firstName = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
            return true;
        });

        if (firstName is "meta" or "results" or "group_by")
        {
            return SeekResults(firstName);
        }

        _done = true;
        if (stream.Length > maxRecordBytes)
        {
            throw new JsonException($"the file is one JSON object of {stream.Length:N0} bytes, more than the {maxRecordBytes:N0} bytes one record may have");
        }

        stream.Seek(0, SeekOrigin.Begin);
        Line = 1;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var invalid = Utf8Check.FirstInvalid(bytes);
        if (invalid >= 0)
        {
            throw new JsonRecordUtf8Exception(invalid, bytes[invalid]);
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        return JsonDocument.Parse(bytes.AsMemory(start), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    private JsonDocument? SeekResults(string firstName)
    {
        // The reader stands on the first property name; skip values until "results".
        var first = true;
        while (true)
        {
            var found = false;
            var ended = false;
            Run((ref reader) =>
            {
                if (first)
                {
                    found = firstName == "results";
                }
                else
                {
                    if (!reader.Read())
                    {
                        return false;
                    }

                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        ended = true;
                        return true;
                    }

                    found = reader.ValueTextEquals("results"u8);
                }

                if (!reader.Read())
                {
                    return false;
                }

                found = found && reader.TokenType == JsonTokenType.StartArray;
                return found || reader.TrySkip();
            });
            first = false;
            if (ended)
            {
                _done = true;
                return null;
            }

            if (found)
            {
                _inArray = true;
                return Next();
            }
        }
    }

    private void Run(Step step)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            var ok = step(ref reader);
            if (ok)
            {
                var consumed = (int)reader.BytesConsumed;
                _line += CountLines(consumed);
                _start += consumed;
                _offset += consumed;
                _state = reader.CurrentState;
                return;
            }

            if (_eof)
            {
                throw new JsonException("the file ends in the middle of a JSON value");
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxRecordBytes)
            {
                throw new JsonException($"the record at byte {_offset:N0} is longer than the {maxRecordBytes:N0} bytes one record may have");
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, maxRecordBytes));
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        if (!_bomChecked && _end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _start = 3;
            _offset = 3;
        }

        _bomChecked = _bomChecked || _end >= 3 || _eof;
    }

    private int CountLines(int length) => _buffer.AsSpan(_start, length).Count((byte)'\n');

    public void Dispose() => stream.Dispose();
}
