namespace Zhiku.Storage.Dissemination;

/// <summary>
/// Which works a list chooses: of one kind (the stored enum name), of one owner, changed at or after
/// <see cref="ChangedFrom"/> and before <see cref="ChangedBefore"/> (both compared with the change feed's ISO times
/// as text, so "2024-05-01" and "2024-05-01T10:00:00" are bounds that need no parsing in SQL).
/// </summary>
internal sealed record PublicWorkFilter(string? Kind, long? Owner, string? ChangedFrom, string? ChangedBefore)
{
    public static PublicWorkFilter All { get; } = new(null, null, null, null);
}
