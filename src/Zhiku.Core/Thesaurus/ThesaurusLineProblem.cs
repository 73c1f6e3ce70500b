namespace Zhiku.Thesaurus;

/// <summary>A line of a thesaurus file that was not imported, and why (the problem's message names the file and line).</summary>
public sealed record ThesaurusLineProblem(int Line, ThesaurusException Problem);
