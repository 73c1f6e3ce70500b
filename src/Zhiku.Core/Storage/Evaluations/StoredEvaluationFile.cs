namespace Zhiku.Storage.Evaluations;

/// <summary>One file of a stored evaluation run (an input, the spec, a stage CSV, the workbook, a report).</summary>
public sealed record StoredEvaluationFile(string Name, byte[] Content);
