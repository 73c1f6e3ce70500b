namespace Zhiku.Consultation;

/// <summary>One panellist's stored answer by alias: what the statistics of a round are computed from.</summary>
public sealed record PanelAnswer(int Round, int Item, string Expert, AnswerView Answer);
