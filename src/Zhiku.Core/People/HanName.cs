using Zhiku.Text.Pinyin;
using Zhiku.Text.Scripts;

namespace Zhiku.People;

/// <summary>
/// Chinese names in Han characters and in pinyin. A Han name is folded to Simplified (張曉明 → 张晓明), split into
/// family name (the first character, or a compound surname such as 欧阳 when the name is longer) and given name, and
/// read in pinyin with the surname's own reading (曾 Zeng, 单 Shan) so that its block is the one of its Latin spellings.
/// </summary>
internal static class HanName
{
    public static PersonName Parse(string text)
    {
        var han = ScriptFolding.Default.Fold(new string([.. text.Where(c => !char.IsWhiteSpace(c) && c != '·' && c != ',')]));
        var compound = han.Length >= 3 ? SurnameReadings.OfCompound(han[..2]) : null;
        var split = compound is null ? 1 : 2;
        var (family, given) = (han[..split], han[split..]);

        var table = PinyinTable.Default;
        var familyReading = compound ?? SurnameReadings.Of(family[0]) ?? table.Reading(family[0]) ?? family;
        var syllables = given.Select(c => table.Reading(c) ?? c.ToString()).Select(PersonName.Fold).ToList();
        var familyFolded = PersonName.Fold(familyReading);
        var initials = string.Concat(syllables.Where(s => s.Length > 0).Select(s => s[0]));
        var romanised = new PersonName(familyFolded, PersonName.Key(familyFolded), syllables, initials, false);
        return new PersonName(family, romanised.FamilyKey, given.Length > 0 ? [given] : [], initials, true) { Romanised = romanised };
    }

    /// <summary>
    /// Whether a name without a comma may be pinyin family-first ("ZHANG Xiao-ming", "Ouyang Ming"): the first token is
    /// one syllable or a compound surname, and the rest reads as pinyin syllables.
    /// </summary>
    public static bool IsPinyinFamilyFirst(string[] tokens)
    {
        var table = PinyinTable.Default;
        var family = PersonName.Fold(tokens[0]);
        return (table.IsSyllable(family) || SurnameReadings.IsCompoundSpelling(family))
            && tokens[1..].All(t => PersonName.Fold(t) is { Length: > 0 } given && table.Syllables(given) is not null);
    }
}
