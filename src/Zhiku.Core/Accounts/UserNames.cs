using System.Globalization;
using System.Text;

namespace Zhiku.Accounts;

/// <summary>
/// User names as typed: one normal form for creating, looking up and rate-limiting sign-ins, so that " managerB",
/// "managerB\n", a non-breaking or an ideographic space around it all name the same account and share one limit.
/// </summary>
public static class UserNames
{
    /// <summary>The name in Unicode normal form KC without surrounding white space, control or invisible format characters.</summary>
    public static string Normalize(string? userName)
    {
        if (string.IsNullOrEmpty(userName))
        {
            return string.Empty;
        }

        var name = userName.Normalize(NormalizationForm.FormKC);
        var start = 0;
        var end = name.Length;
        while (start < end && IsPadding(name[start]))
        {
            start++;
        }

        while (end > start && IsPadding(name[end - 1]))
        {
            end--;
        }

        return name[start..end];
    }

    /// <summary>The key a sign-in attempt counts against: the normal form, case-folded as the store compares names.</summary>
    public static string Key(string? userName) => Normalize(userName).ToLowerInvariant();

    /// <summary>Why a name cannot be a new user's name, or null when it can.</summary>
    public static string? Problem(string normalized) =>
        normalized.Length == 0 ? "a user needs a user name"
        : normalized.Length > 100 ? "a user name has at most 100 characters"
        : normalized.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            ? "a user name cannot contain control or invisible characters"
            : null;

    private static bool IsPadding(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
