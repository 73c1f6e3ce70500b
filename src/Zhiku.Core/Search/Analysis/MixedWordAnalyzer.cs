using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace Zhiku.Search.Analysis;

/// <summary>Words of mixed Chinese and English text: English stemmed, Chinese as the word field sees it.</summary>
internal sealed class MixedWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(SearchAnalyzers.Version, tokenizer);
        stream = new LowerCaseFilter(SearchAnalyzers.Version, stream);
        stream = new StopFilter(SearchAnalyzers.Version, stream, StandardAnalyzer.STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
