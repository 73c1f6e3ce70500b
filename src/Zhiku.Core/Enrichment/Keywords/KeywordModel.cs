namespace Zhiku.Enrichment.Keywords;

/// <summary>The name and version stored with every keyword this build proposes; a new version may propose again what an older one had rejected.</summary>
public static class KeywordModel
{
    public const string Name = "zhiku-keywords";

    // 2: Chinese numerals and session ordinals break phrases; generic verbs alone and session words are no keywords.
    public const string Version = "2";

    /// <summary>The field enrichments of this method fill.</summary>
    public const string Field = "keywords";
}
