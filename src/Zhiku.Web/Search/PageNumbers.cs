namespace Zhiku.Web.Search;

/// <summary>The page numbers a pager links to: the first, the last and two either side of the current one, null for a gap.</summary>
internal static class PageNumbers
{
    public static IReadOnlyList<int?> Window(int current, int pages, int around = 2)
    {
        var shown = new SortedSet<int> { 1, pages };
        for (var p = Math.Max(1, current - around); p <= Math.Min(pages, current + around); p++)
        {
            shown.Add(p);
        }

        var result = new List<int?>();
        var previous = 0;
        foreach (var page in shown.Where(p => p >= 1))
        {
            if (page > previous + 1)
            {
                result.Add(null);
            }

            result.Add(page);
            previous = page;
        }

        return result;
    }
}
