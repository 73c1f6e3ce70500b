namespace Zhiku.Web.Search;

/// <summary>What the shared pager shows: the current page, how many pages, how many items in all and each page's URL.</summary>
internal sealed record Pager(int Page, int Pages, int Total, Func<int, string> Url)
{
    /// <summary>The list the pager belongs to, when a page has several (its ids and label); null on the search page.</summary>
    public string? List { get; init; }

    public string NextId => List is null ? "next-page" : List + "-next-page";

    /// <summary>The pager of <paramref name="total"/> items shown <paramref name="size"/> a page.</summary>
    public static Pager Of(int page, int size, int total, Func<int, string> url) =>
        new(page, (int)Math.Ceiling(total / (double)Math.Max(1, size)), total, url);
}
