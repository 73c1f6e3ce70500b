using System.Text.RegularExpressions;

namespace Zhiku.Formats.Wos;

/// <summary>One C1 address: the authors named in its leading brackets (none in older records) and the address.</summary>
internal sealed partial record WosAddress(IReadOnlyList<string> Authors, string Address)
{
    /// <summary>The first part of the address, the institution ("Univ Ghent").</summary>
    public string Institution => Address.Split(',', 2)[0].Trim();

    /// <summary>The country: the last comma part, "USA" for US addresses ("Miami, FL 33174 USA").</summary>
    public string? Country
    {
        get
        {
            var comma = Address.LastIndexOf(',');
            if (comma < 0)
            {
                return null;
            }

            var last = Address[(comma + 1)..].Trim().TrimEnd('.').Trim();
            // Older US addresses end with state and ZIP ("ROCHESTER, NY 14627.") rather than "USA".
            return last.EndsWith(" USA", StringComparison.Ordinal) || last == "USA" || UsStateZip().IsMatch(last) ? "USA"
                : last.Length > 0 ? last : null;
        }
    }

    /// <summary>Parses "[Toh, Ming Liang; Lee, K] Univ X, Dept Y, City, Country."</summary>
    public static WosAddress Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0)
        {
            var names = text[1..close].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return new WosAddress(names, text[(close + 1)..].Trim());
        }

        return new WosAddress([], text);
    }

    /// <summary>Splits a tab-delimited C1 cell on "; " outside the author brackets.</summary>
    public static IEnumerable<string> SplitCell(string cell)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            switch (cell[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ';' when depth == 0:
                    if (cell[start..i].Trim() is { Length: > 0 } part)
                    {
                        yield return part;
                    }

                    start = i + 1;
                    break;
            }
        }

        if (cell[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }

    [GeneratedRegex(@"^[A-Z]{2} \d{5}(-\d{4})?$")]
    private static partial Regex UsStateZip();
}
