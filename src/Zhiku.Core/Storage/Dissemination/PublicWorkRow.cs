namespace Zhiku.Storage.Dissemination;

/// <summary>
/// A work as dissemination (OAI-PMH, feeds) hands it out: its kind and owner (its sets), when it last changed (the
/// change feed's time of its last sequence number), its merged document, and whether a source was OpenAlex (whose
/// abstracts come from publishers and are not republished).
/// </summary>
internal sealed record PublicWorkRow(long Id, string Kind, long Owner, string ChangedAt, string Document, bool FromOpenAlex);
