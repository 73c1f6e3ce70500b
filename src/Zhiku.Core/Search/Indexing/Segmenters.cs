using Zhiku.Storage;
using Zhiku.Text.Segmentation;

namespace Zhiku.Search.Indexing;

/// <summary>The segmenter of a data directory: jieba's dictionary, plus its user dictionary of domain terms if any.</summary>
internal static class Segmenters
{
    public static ChineseSegmenter For(DataDirectory directory)
    {
        if (!File.Exists(directory.UserDictionaryPath))
        {
            return ChineseSegmenter.Default;
        }

        var dictionary = WordDictionary.Default.ToBuilder().AddFile(directory.UserDictionaryPath).Build();
        return new ChineseSegmenter(dictionary, HmmModel.Default);
    }
}
