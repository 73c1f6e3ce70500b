using JiebaNet.Segmenter;

namespace Zhiku.Tests.Text.Segmentation;

/// <summary>jieba.NET 0.42.2, the reference the segmenter must agree with; reads the same Resources/ folder.</summary>
internal static class JiebaReference
{
    private static readonly Lazy<JiebaSegmenter> Lazy = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        return new JiebaSegmenter();
    });

    private static readonly Lock Gate = new();

    /// <summary>jieba.NET's cut without its whitespace tokens (it drops whitespace-only blocks anyway).</summary>
    public static List<string> Cut(string text, bool hmm = true)
    {
        lock (Gate)
        {
            return [.. Lazy.Value.Cut(text, hmm: hmm).Where(w => !string.IsNullOrWhiteSpace(w))];
        }
    }

    public static List<string> CutForSearch(string text, bool hmm = true)
    {
        lock (Gate)
        {
            return [.. Lazy.Value.CutForSearch(text, hmm: hmm).Where(w => !string.IsNullOrWhiteSpace(w))];
        }
    }
}
