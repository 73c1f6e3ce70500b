namespace Zhiku.Outputs;

/// <summary>The stages an output passes on its way into policy, in order: 报送 → 批示 → 采纳 → 落实.</summary>
public enum ConversionStage
{
    /// <summary>报送: sent to a decision maker through a channel (内参, 要报, 专报, a meeting).</summary>
    Submitted,

    /// <summary>批示: a leader wrote an instruction on it.</summary>
    Instructed,

    /// <summary>采纳: a body adopted it (in a policy document, a plan, a speech, a law).</summary>
    Adopted,

    /// <summary>落实: a policy document in the knowledge base carries it out.</summary>
    Implemented,
}
