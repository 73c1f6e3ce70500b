using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Zhiku.Text.Scripts;
using Zhiku.Text.Segmentation;

namespace Zhiku.Search.Analysis;

/// <summary>
/// Tokenizes a field value with <see cref="ChineseSegmenter"/>. Reads the whole value (fields are at most a few MB),
/// folds full-width ASCII to half-width and Traditional Chinese to Simplified (one char for one, so offsets hold),
/// drops whitespace and punctuation, and puts search-mode sub-words at the position of the word that contains them.
/// </summary>
internal sealed class ChineseWordTokenizer : Tokenizer
{
    /// <summary>Type of tokens made of Latin letters and digits; these are stemmed.</summary>
    public const string LatinType = "<ALPHANUM>";

    /// <summary>Type of Chinese and other tokens; these are marked as keywords so stemmers leave them alone.</summary>
    public const string WordType = "<WORD>";

    /// <summary>Words longer than this are skipped (their position kept), as Lucene's StandardTokenizer does.</summary>
    public const int MaxTokenLength = 255;

    private const int LargeValue = 1 << 20;

    private readonly ChineseSegmenter _segmenter;
    private readonly SegmentMode _mode;
    private readonly List<WordToken> _tokens = [];
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private char[] _text = new char[1024];
    private int _length;
    private int _next;
    private int _wordEnd;
    private int _skippedPositions;

    public ChineseWordTokenizer(TextReader input, ChineseSegmenter segmenter, SegmentMode mode)
        : base(input)
    {
        _segmenter = segmenter;
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            var word = _text.AsSpan(token.Start, token.Length);
            var kind = TokenKinds.Of(word);
            if (kind == TokenKind.Skip)
            {
                continue;
            }

            // Words partition the text; a token starting inside the last word is one of its search sub-words.
            var isSubword = token.Start < _wordEnd;
            _wordEnd = isSubword ? _wordEnd : token.End;
            if (token.Length > MaxTokenLength)
            {
                // A 40,000-letter "word" is no word anyone searches for, and Lucene refuses terms over 32,766 bytes.
                _skippedPositions += isSubword ? 0 : 1;
                continue;
            }

            _term.CopyBuffer(_text, token.Start, token.Length);
            _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
            _positionIncrement.PositionIncrement = (isSubword ? 0 : 1) + _skippedPositions;
            _skippedPositions = 0;
            _type.Type = kind == TokenKind.Latin ? LatinType : WordType;
            _keyword.IsKeyword = kind != TokenKind.Latin;
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _tokens.Clear();
        ReadAll();
        WidthFolding.FoldInPlace(_text.AsSpan(0, _length));
        ScriptFolding.Default.FoldInPlace(_text.AsSpan(0, _length));
        _segmenter.Segment(_text.AsSpan(0, _length), _tokens, _mode);
        _next = 0;
        _wordEnd = 0;
        _skippedPositions = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    private void ReadAll()
    {
        // Analyzers keep one tokenizer per thread; don't let one huge field pin megabytes for good.
        if (_text.Length > LargeValue)
        {
            _text = new char[1024];
            _tokens.Capacity = 0;
        }

        _length = 0;
        while (true)
        {
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }

            var read = m_input.Read(_text, _length, _text.Length - _length);
            if (read <= 0)
            {
                return;
            }

            _length += read;
        }
    }
}
