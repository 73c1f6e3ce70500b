using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Zhiku.Search.Analysis;

/// <summary>English text: standard words, possessives removed, lower-cased, English stop words dropped, Porter stems.</summary>
public sealed class EnglishTextAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
