namespace Zhiku.Formats.BibTex;

/// <summary>Reads characters one at a time, counting lines and whether only whitespace came before on the current line.</summary>
internal sealed class CharCursor(TextReader reader)
{
    public int Line { get; private set; } = 1;

    /// <summary>True when nothing but whitespace has been read since the last line break.</summary>
    public bool AtLineStart { get; private set; } = true;

    public int Peek() => reader.Peek();

    public int Read()
    {
        var c = reader.Read();
        if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
        {
            Line++;
            AtLineStart = true;
        }
        else if (c >= 0 && !char.IsWhiteSpace((char)c))
        {
            AtLineStart = false;
        }

        return c;
    }

    public void SkipWhitespace()
    {
        while (Peek() is >= 0 and var c && char.IsWhiteSpace((char)c))
        {
            Read();
        }
    }
}
