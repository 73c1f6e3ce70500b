namespace Zhiku.Text.Segmentation;

/// <summary>Paths of jieba's model files, copied to Resources/ beside the application by the core project.</summary>
internal static class SegmentationResources
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Resources");

    public static string MainDictionary => Path.Combine(Directory, "dict.txt");

    public static string EmissionProbabilities => Path.Combine(Directory, "prob_emit.json");

    public static string TransitionProbabilities => Path.Combine(Directory, "prob_trans.json");
}
