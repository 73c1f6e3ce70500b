namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>One computed indicator: a value per unit and, as evidence, the search run for each unit.</summary>
public sealed record KnowledgeColumn(string ICode, IReadOnlyList<double> Values, IReadOnlyList<string> Searches);
