using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Zhiku.Search.Analysis;

/// <summary>
/// Overlapping CJK bigrams plus unigrams for substring search ("智库" inside "科技智库建设"), independent of any
/// dictionary, Traditional characters folded to Simplified. Latin words come out as StandardTokenizer words, lower-cased. Query with phrases (or
/// AutoGeneratePhraseQueries) so a bigram query requires adjacency.
/// </summary>
public sealed class CjkBigramAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) => ScriptFoldingReaders.Fold(reader);

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams: true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
