using Zhiku.Text.Scripts;

namespace Zhiku.Search.Analysis;

/// <summary>
/// Puts Traditional-to-Simplified folding in front of a tokenizer. Folding keeps the length, so the tokens' offsets
/// point into the original text without a correcting char filter.
/// </summary>
internal static class ScriptFoldingReaders
{
    public static TextReader Fold(TextReader reader)
    {
        var text = reader.ReadToEnd();
        reader.Dispose();
        return new StringReader(ScriptFolding.Default.Fold(text));
    }
}
