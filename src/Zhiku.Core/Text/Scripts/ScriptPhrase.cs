namespace Zhiku.Text.Scripts;

/// <summary>A Traditional phrase and its Simplified form, of the same length.</summary>
internal sealed record ScriptPhrase(string Traditional, string Simplified);
