using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Zhiku.Search.Analysis;

/// <summary>
/// CJK text as overlapping character bigrams, so that any substring of a Chinese word is found; Traditional characters
/// are folded to Simplified first.
/// </summary>
internal sealed class CjkBigramFieldAnalyzer(bool outputUnigrams) : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) => ScriptFoldingReaders.Fold(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(SearchAnalyzers.Version, stream);
        stream = new CJKBigramFilter(stream, CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL, outputUnigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
