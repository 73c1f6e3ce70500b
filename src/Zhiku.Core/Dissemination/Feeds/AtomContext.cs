namespace Zhiku.Dissemination.Feeds;

/// <summary>
/// What one feed needs from the web: its own URL (its id and self link), the portal's URL, the URL of a work's page,
/// its title in the reader's language (<see cref="Language"/>, "zh-CN" or "en") and the time of the answer.
/// </summary>
public sealed record AtomContext(string FeedUrl, string SiteUrl, Func<string, string> WorkUrl, string Title, string Language, string Author, DateTime Now);
