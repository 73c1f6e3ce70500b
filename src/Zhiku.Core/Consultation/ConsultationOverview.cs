namespace Zhiku.Consultation;

/// <summary>
/// A consultation as its owner organisation's managers and analysts see it: panel with identities, items, rounds
/// with statistics, and the panellists who have not yet answered every item of the open round (the reminders).
/// </summary>
public sealed record ConsultationOverview(
    long Id,
    string Topic,
    string Description,
    long OwnerOrganisation,
    string? Project,
    string Rule,
    string State,
    string CreatedBy,
    string CreatedAt,
    IReadOnlyList<PanelMember> Panel,
    IReadOnlyList<ConsultationItem> Items,
    IReadOnlyList<RoundView> Rounds,
    IReadOnlyList<PanelMember> NotAnswered);
