namespace Zhiku.Consultation;

/// <summary>A question of a consultation: its number, kind, text and what its answers may be.</summary>
public sealed record ConsultationItem(int N, string Kind, string Text, ItemSettings Settings);
