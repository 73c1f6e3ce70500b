namespace Zhiku.Consultation;

/// <summary>
/// A panellist as the owner sees them: the registry person, the account they answer with, the alias the statistics
/// use, a conflict of interest the owner accepted, and how many items they answered in the open round.
/// </summary>
public sealed record PanelMember(string PersonId, string Name, string UserName, string Alias, string? Conflict, int Answered);
