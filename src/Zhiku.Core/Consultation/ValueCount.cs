namespace Zhiku.Consultation;

/// <summary>One bar of a distribution: a value and how many experts gave it.</summary>
public sealed record ValueCount(double Value, int Count);
