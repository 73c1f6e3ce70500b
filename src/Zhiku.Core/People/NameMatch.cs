namespace Zhiku.People;

/// <summary>How two names of one block agree, if they can be one person: kind of agreement and its weight in the score.</summary>
internal sealed record NameMatch(string Kind, double Weight)
{
    /// <summary>The same name written the same way (folded; for Han names after Traditional → Simplified), with given names written out.</summary>
    public const string Identical = "name-identical";

    /// <summary>The same given names, the family name spelled differently (Glänzel, Glaenzel, Glanzel) or the given name split differently (Xiao-Ming, Xiaoming).</summary>
    public const string Variant = "name-variant";

    /// <summary>Initials on one side, given names (or other initials that agree) on the other.</summary>
    public const string Initials = "name-initials";

    /// <summary>A name in Han characters and its full pinyin spelling (张晓明, "Zhang, Xiaoming", "Xiao-Ming Zhang").</summary>
    public const string Script = "name-script";

    /// <summary>How the names agree, or null when they cannot be one person (another given name, other initials).</summary>
    public static NameMatch? Compare(PersonName a, PersonName b)
    {
        if (a.Han && b.Han)
        {
            // Characters decide: 张伟 and 章伟 read alike but are two names.
            return a.Family == b.Family && a.Given.SequenceEqual(b.Given) ? new(Identical, 0.4) : null;
        }

        if (a.Han || b.Han)
        {
            var (han, latin) = a.Han ? (a.Romanised!, b) : (b.Romanised!, a);
            return Readings(latin).Select(r => Across(han, r)).FirstOrDefault(m => m is not null);
        }

        return Readings(a).SelectMany(x => Readings(b).Select(y => Latin(x, y)))
            .Where(m => m is not null)
            .MaxBy(m => m!.Weight);
    }

    private static IEnumerable<PersonName> Readings(PersonName name) => name.FamilyFirst is { } other ? [name, other] : [name];

    private static NameMatch? Latin(PersonName a, PersonName b)
    {
        if (a.FamilyKey != b.FamilyKey || !InitialsAgree(a.Initials, b.Initials))
        {
            return null;
        }

        if (a.HasFullGiven && b.HasFullGiven)
        {
            if (!a.Given[0].Equals(b.Given[0], StringComparison.Ordinal))
            {
                // Xiao-Ming and Xiaoming, Jean-Pierre and Jeanpierre: one given name, hyphenated or not.
                return string.Concat(a.Given) == string.Concat(b.Given) ? new(Variant, 0.3) : null;
            }

            var sameGiven = a.Given.SequenceEqual(b.Given) && a.Initials == b.Initials;
            return a.Family == b.Family && sameGiven ? new(Identical, 0.4) : new(Variant, sameGiven ? 0.35 : 0.3);
        }

        return a.Family == b.Family && a.Initials == b.Initials && !a.HasFullGiven && !b.HasFullGiven
            ? new(Identical, 0.25)
            : new(Initials, 0.2);
    }

    // Pinyin is written with the syllables of the given name joined, hyphenated or spaced (Xiaoming, Xiao-Ming,
    // Xiao Ming), and initials as X.-M., XM or X: the family spelling must be the same, the given name the same letters.
    private static NameMatch? Across(PersonName pinyin, PersonName latin)
    {
        if (pinyin.Family != latin.Family || !InitialsAgree(pinyin.Initials, latin.Initials))
        {
            return null;
        }

        if (!latin.HasFullGiven)
        {
            return new(Initials, 0.2);
        }

        return string.Concat(pinyin.Given) == string.Concat(latin.Given) ? new(Script, 0.3) : null;
    }

    // "W" and "WD" may be one person (a middle initial left out); "WD" and "WE" may not.
    private static bool InitialsAgree(string a, string b) =>
        a.Length == 0 || b.Length == 0 || (a.Length <= b.Length ? b.StartsWith(a, StringComparison.Ordinal) : a.StartsWith(b, StringComparison.Ordinal));
}
