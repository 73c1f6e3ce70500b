using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Zhiku.Search.Analysis;

/// <summary>
/// Words as written, lower-cased: no stop words dropped, nothing stemmed (Traditional characters folded). Feeds the
/// title-words field, which a query made only of English stop words ("the", "to be or not to be") searches.
/// </summary>
internal sealed class PlainWordsAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => ScriptFoldingReaders.Fold(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(SearchAnalyzers.Version, stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
