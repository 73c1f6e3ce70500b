namespace Zhiku.Evaluation.Experts;

/// <summary>
/// The <c>experts</c> section of a spec: a scores file (columns <c>expert, organisation, uCode, iCode, score</c>) whose
/// geometric means become indicator columns of iData, and/or a comparisons file (<c>expert, organisation, parent, a,
/// b, judgement</c>, judgement as <c>3</c> or <c>1/3</c>) whose combined AHP matrices set the weights of each parent's
/// children. <see cref="Organisation"/> names an iData column with each unit's organisation (uCode and uName always
/// count) for the conflict-of-interest rule.
/// </summary>
public sealed record ExpertsSpec
{
    public string? ScoresPath { get; init; }

    public string? ComparisonsPath { get; init; }

    public string? Organisation { get; init; }

    public string? RandomIndex { get; init; }

    public double Threshold { get; init; } = 0.1;

    public bool ExcludeInconsistent { get; init; }

    public string? ScoresSha256 { get; init; }

    public string? ComparisonsSha256 { get; init; }
}
