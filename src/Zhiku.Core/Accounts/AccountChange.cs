namespace Zhiku.Accounts;

/// <summary>One audited change to an account: who did what to whom, when.</summary>
public sealed record AccountChange(long Id, DateTimeOffset At, long? ActorId, string? ActorName, long UserId, string UserName, string Action, string? Detail);
