namespace Zhiku.Thesaurus;

/// <summary>
/// One thesaurus entry: a keyword variant and the preferred term it stands for, with its kind (synonym, acronym,
/// spelling, zh-en), status (proposed, accepted, rejected), origin (rule:NAME, curator, import:FILE), the evidence
/// (works using each form) and who proposed and decided it when.
/// </summary>
public sealed record ThesaurusEntry(
    long Id,
    string Variant,
    string Preferred,
    string Kind,
    string Status,
    string Origin,
    IReadOnlyList<FormEvidence> Evidence,
    string CreatedBy,
    string CreatedAt,
    string? DecidedBy,
    string? DecidedAt);

/// <summary>How many works use a form of a keyword (<paramref name="Works"/>), and with the other form in the same work (<paramref name="Together"/>).</summary>
public sealed record FormEvidence(string Form, int Works, int Together = 0);
