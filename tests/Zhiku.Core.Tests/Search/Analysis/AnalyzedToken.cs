using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Zhiku.Tests.Search.Analysis;

/// <summary>One token of an analyzed text, as the index sees it.</summary>
internal sealed record AnalyzedToken(string Term, int Start, int End, int PositionIncrement)
{
    public override string ToString() => $"{Term}[{Start},{End})+{PositionIncrement}";

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> through the TokenStream contract.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text, string field = "f")
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
        return tokens;
    }

    public static string Terms(Analyzer analyzer, string text) => string.Join('/', Analyze(analyzer, text).Select(t => t.Term));
}
