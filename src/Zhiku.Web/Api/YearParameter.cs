using System.Globalization;
using Zhiku.Search;

namespace Zhiku.Web.Api;

/// <summary>A from or to year bound from the query string, checked as the search page checks it.</summary>
internal static class YearParameter
{
    public static int? Of(string name, int? value) =>
        value is { } year ? SearchRequestValues.Year(name, year.ToString(CultureInfo.InvariantCulture)) : null;
}
