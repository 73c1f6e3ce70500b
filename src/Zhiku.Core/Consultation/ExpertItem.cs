namespace Zhiku.Consultation;

/// <summary>An item of the open round as a panellist answers it: the question, their answer so far, and the previous round's feedback (from round 2).</summary>
public sealed record ExpertItem(ConsultationItem Item, AnswerView? Answer, ItemFeedback? Feedback);
