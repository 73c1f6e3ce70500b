using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;
using Zhiku.Text.Segmentation;

namespace Zhiku.Search.Analysis;

/// <summary>
/// Chinese word analysis for full-text fields: jieba-compatible words (with search sub-words when indexing),
/// Latin words lower-cased and Porter-stemmed, punctuation and whitespace dropped.
/// </summary>
public sealed class ChineseWordAnalyzer : Analyzer
{
    private readonly ChineseSegmenter _segmenter;
    private readonly SegmentMode _mode;

    /// <summary>The indexing analyzer over the default segmenter.</summary>
    public ChineseWordAnalyzer()
        : this(ChineseSegmenter.Default, queryMode: false)
    {
    }

    /// <summary>An analyzer over <paramref name="segmenter"/>; query mode emits no sub-words.</summary>
    public ChineseWordAnalyzer(ChineseSegmenter segmenter, bool queryMode)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
        _mode = queryMode ? SegmentMode.Default : SegmentMode.Search;
    }

    /// <summary>The query analyzer over the default segmenter: words only, no sub-words.</summary>
    public static ChineseWordAnalyzer ForQueries() => new(ChineseSegmenter.Default, queryMode: true);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new ChineseWordTokenizer(reader, _segmenter, _mode);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        // English function words ("of", "the") match nearly every English record and carry no meaning for ranking;
        // dropping them keeps positions, so phrases still match across them.
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
