using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhiku.Text.Dates;

/// <summary>Reads dates written the Chinese way: "2019年2月15日" and "二〇一九年二月十五日".</summary>
public static partial class ChineseDate
{
    /// <summary>The ISO date of a text that is nothing but a Chinese date (spaces allowed), or null.</summary>
    public static string? ParseLine(string line)
    {
        var m = DateLine().Match(line.Trim());
        return m.Success ? ToIso(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>The ISO date of the first Chinese date anywhere in the text, or null.</summary>
    public static string? Find(string text)
    {
        foreach (Match m in DateAnywhere().Matches(text))
        {
            var iso = ToIso(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
            if (iso is not null)
            {
                return iso;
            }
        }

        return null;
    }

    private static string? ToIso(string y, string m, string d)
    {
        var year = Year(y);
        var month = Number(m);
        var day = Number(d);
        if (year is null or < 1900 or > 2100 || month is null or < 1 or > 12 || day is null or < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return null;
        }

        return new DateOnly(year.Value, month.Value, day.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A year written digit by digit: "2019", "二〇一九", "二零一九".</summary>
    private static int? Year(string s)
    {
        var value = 0;
        foreach (var c in s.Trim())
        {
            var digit = Digit(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>A month or day: "15", "十五", "二十九", "三十一", "十".</summary>
    private static int? Number(string s)
    {
        s = s.Trim();
        if (s.Length == 0)
        {
            return null;
        }

        if (s.All(char.IsAsciiDigit))
        {
            return int.Parse(s, CultureInfo.InvariantCulture);
        }

        var ten = s.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return s.Length == 1 && Digit(s[0]) >= 0 ? Digit(s[0]) : null;
        }

        var tens = ten == 0 ? 1 : Digit(s[0]);
        var units = ten == s.Length - 1 ? 0 : Digit(s[^1]);
        return tens < 0 || units < 0 || ten > 1 || s.Length - ten > 2 ? null : (tens * 10) + units;
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        '〇' or '○' or '零' or 'Ｏ' or 'O' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    [GeneratedRegex(@"^(?<y>[0-9〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?<m>[0-9一二三四五六七八九十]{1,3})\s*月\s*(?<d>[0-9一二三四五六七八九十]{1,3})\s*日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?<y>[0-9〇○零一二三四五六七八九]{4})\s*年\s*(?<m>[0-9一二三四五六七八九十]{1,3})\s*月\s*(?<d>[0-9一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex DateAnywhere();
}
