namespace Zhiku.People;

/// <summary>How two names of one block agree, if they can be one person: kind of agreement and its weight in the score.</summary>
internal sealed record NameMatch(string Kind, double Weight)
{
    /// <summary>The same name written the same way (folded), with given names written out.</summary>
    public const string Identical = "name-identical";

    /// <summary>The same given names, the family name spelled differently (Glänzel, Glaenzel, Glanzel).</summary>
    public const string Variant = "name-variant";

    /// <summary>Initials on one side, given names (or other initials that agree) on the other.</summary>
    public const string Initials = "name-initials";

    /// <summary>How the names agree, or null when they cannot be one person (another given name, other initials).</summary>
    public static NameMatch? Compare(PersonName a, PersonName b)
    {
        if (a.Han != b.Han || a.FamilyKey != b.FamilyKey || !InitialsAgree(a.Initials, b.Initials))
        {
            return null;
        }

        if (a.HasFullGiven && b.HasFullGiven)
        {
            if (!a.Given[0].Equals(b.Given[0], StringComparison.Ordinal))
            {
                return null;
            }

            var sameGiven = a.Given.SequenceEqual(b.Given) && a.Initials == b.Initials;
            return a.Family == b.Family && sameGiven ? new(Identical, 0.4) : new(Variant, sameGiven ? 0.35 : 0.3);
        }

        return a.Family == b.Family && a.Initials == b.Initials && !a.HasFullGiven && !b.HasFullGiven
            ? new(Identical, 0.25)
            : new(Initials, 0.2);
    }

    // "W" and "WD" may be one person (a middle initial left out); "WD" and "WE" may not.
    private static bool InitialsAgree(string a, string b) =>
        a.Length == 0 || b.Length == 0 || (a.Length <= b.Length ? b.StartsWith(a, StringComparison.Ordinal) : a.StartsWith(b, StringComparison.Ordinal));
}
