namespace Zhiku.Evaluation.Screen;

/// <summary>The units a screening step removed.</summary>
public sealed record ScreenDetails(IReadOnlyList<string> Removed);
