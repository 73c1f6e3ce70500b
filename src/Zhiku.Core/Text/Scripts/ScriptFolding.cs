namespace Zhiku.Text.Scripts;

/// <summary>
/// Folds Traditional Chinese to Simplified, character for character so that every offset into the original text
/// stays valid: the longest OpenCC phrase that starts at a character decides it first (乾隆 stays, 乾淨 becomes 干净),
/// else the character's own default (後 → 后, 於 → 于, 裡 → 里). Simplified text and other scripts pass unchanged.
/// Immutable and thread-safe; build one with <see cref="ScriptFoldingReader"/>.
/// </summary>
public sealed class ScriptFolding
{
    private static readonly Lazy<ScriptFolding> LazyDefault = new(() =>
        ScriptFoldingReader.Read(ScriptResources.Characters, ScriptResources.Phrases));

    // One entry per UTF-16 unit: the simplified unit, or 0 for "unchanged".
    private readonly char[] _characters;

    // Phrases by their first character, longest first; the flags say which characters start one without a lookup.
    private readonly Dictionary<char, ScriptPhrase[]> _phrases;
    private readonly bool[] _startsPhrase = new bool[char.MaxValue + 1];

    internal ScriptFolding(char[] characters, Dictionary<char, ScriptPhrase[]> phrases)
    {
        _characters = characters;
        _phrases = phrases;
        foreach (var first in phrases.Keys)
        {
            _startsPhrase[first] = true;
        }
    }

    /// <summary>OpenCC's Traditional-to-Simplified data bundled beside the application (Resources/opencc), loaded once.</summary>
    public static ScriptFolding Default => LazyDefault.Value;

    /// <summary>Number of characters that fold to another.</summary>
    public int CharacterCount => _characters.Count(c => c != 0);

    /// <summary>Number of phrases that decide their characters together.</summary>
    public int PhraseCount => _phrases.Values.Sum(p => p.Length);

    /// <summary>The Simplified form of <paramref name="text"/>, of the same length; the same string when nothing folds.</summary>
    public string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstFoldable(text);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        FoldInPlace(chars.AsSpan(first));
        return new string(chars);
    }

    /// <summary>Folds <paramref name="text"/> in place.</summary>
    public void FoldInPlace(Span<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c < '\u3400')
            {
                i++;
                continue;
            }

            if (_startsPhrase[c] && Match(text[i..], _phrases[c]) is { } phrase)
            {
                phrase.Simplified.AsSpan().CopyTo(text[i..]);
                i += phrase.Simplified.Length;
                continue;
            }

            var folded = _characters[c];
            if (folded != 0)
            {
                text[i] = folded;
            }

            i++;
        }
    }

    /// <summary>Whether <paramref name="text"/> has a character or phrase that folds.</summary>
    public bool Changes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !string.Equals(Fold(text), text, StringComparison.Ordinal);
    }

    private static ScriptPhrase? Match(ReadOnlySpan<char> text, ScriptPhrase[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (text.StartsWith(candidate.Traditional, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    // The first position where something may fold, or -1: most text is Simplified or Latin and is not copied.
    private int FirstFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u3400' && (_characters[c] != 0 || _startsPhrase[c]))
            {
                return i;
            }
        }

        return -1;
    }
}
