namespace Zhiku.Knowledge;

/// <summary>Where the search index stands: its documents, the last change it applied, and the store's last change.</summary>
public sealed record IndexState(int Documents, long Checkpoint, long LastChange);
