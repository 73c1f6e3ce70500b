namespace Zhiku.Thesaurus;

/// <summary>What importing a thesaurus file did: how many pairs went in, and each line that did not, with its reason.</summary>
public sealed record ThesaurusImport(int Imported, IReadOnlyList<ThesaurusLineProblem> Skipped);
