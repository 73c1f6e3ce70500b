namespace Zhiku.Model;

/// <summary>A text in one language; <see cref="Lang"/> is an ISO 639-1 code ("zh", "en") or null when unknown.</summary>
public sealed record LangText(string? Lang, string Text);
