using System.Text.Json;

namespace Zhiku.Importing.JsonFiles;

/// <summary>
/// Streams the records of a JSON file one <see cref="JsonDocument"/> at a time: the elements of a top-level array, the
/// elements of the "results" array of an API page (<c>{"meta":…,"results":[…]}</c>), or a single top-level object.
/// Only one record is in memory at a time, however long the file.
/// </summary>
internal sealed class JsonResultStream(Stream stream) : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private int _line = 1;
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

            Line = _line + CountLines((int)reader.TokenStartIndex);
            return JsonDocument.TryParseValue(ref reader, out document);
        });
        if (ended)
        {
            _done = true;
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
        stream.Seek(0, SeekOrigin.Begin);
        Line = 1;
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
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
            Array.Resize(ref _buffer, _buffer.Length * 2);
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
        }

        _bomChecked = _bomChecked || _end >= 3 || _eof;
    }

    private int CountLines(int length) => _buffer.AsSpan(_start, length).Count((byte)'\n');

    public void Dispose() => stream.Dispose();
}
