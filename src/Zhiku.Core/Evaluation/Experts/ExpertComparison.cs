namespace Zhiku.Evaluation.Experts;

/// <summary>One expert's AHP judgement: how much more important <see cref="A"/> is than <see cref="B"/> (children of <see cref="Parent"/>).</summary>
public sealed record ExpertComparison(string Expert, string Organisation, string Parent, string A, string B, double Judgement);
