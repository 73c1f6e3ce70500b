using System.Text.RegularExpressions;

namespace Zhiku.Dissemination;

/// <summary>The language codes an <c>xml:lang</c> attribute accepts (XML Schema's language type); others are left out.</summary>
internal static partial class LanguageTag
{
    public static bool IsValid(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex Pattern();
}
