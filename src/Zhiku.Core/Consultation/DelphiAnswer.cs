namespace Zhiku.Consultation;

/// <summary>One expert's answer to one item in one round: the unit every Delphi statistic is computed from.</summary>
public sealed record DelphiAnswer(int Round, string Expert, string Item, double Value);
