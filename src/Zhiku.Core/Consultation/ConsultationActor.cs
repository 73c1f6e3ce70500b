namespace Zhiku.Consultation;

/// <summary>
/// Who acts on a consultation: the signed-in user, their organisation, and whether they run consultations there
/// (administrators, managers and analysts do; an expert only answers the consultations they are on the panel of).
/// </summary>
public sealed record ConsultationActor(long UserId, long OrganisationId, bool Manages, string Name);
