using System.Text.RegularExpressions;

namespace Zhiku.Model;

/// <summary>
/// The Chinese Library Classification (中国图书馆分类法, 5th ed.): reading 中图分类号 values and naming the 22 top-level
/// classes in Chinese and English.
/// </summary>
public static partial class ClcClasses
{
    private static readonly Dictionary<char, (string Zh, string En)> Top = new()
    {
        ['A'] = ("马克思主义、列宁主义、毛泽东思想、邓小平理论", "Marxism, Leninism, Mao Zedong Thought, Deng Xiaoping Theory"),
        ['B'] = ("哲学、宗教", "Philosophy and religion"),
        ['C'] = ("社会科学总论", "Social sciences in general"),
        ['D'] = ("政治、法律", "Politics and law"),
        ['E'] = ("军事", "Military science"),
        ['F'] = ("经济", "Economics"),
        ['G'] = ("文化、科学、教育、体育", "Culture, science, education and sports"),
        ['H'] = ("语言、文字", "Languages and scripts"),
        ['I'] = ("文学", "Literature"),
        ['J'] = ("艺术", "Arts"),
        ['K'] = ("历史、地理", "History and geography"),
        ['N'] = ("自然科学总论", "Natural sciences in general"),
        ['O'] = ("数理科学和化学", "Mathematics, physics and chemistry"),
        ['P'] = ("天文学、地球科学", "Astronomy and earth sciences"),
        ['Q'] = ("生物科学", "Biological sciences"),
        ['R'] = ("医药、卫生", "Medicine and health"),
        ['S'] = ("农业科学", "Agricultural sciences"),
        ['T'] = ("工业技术", "Industrial technology"),
        ['U'] = ("交通运输", "Transportation"),
        ['V'] = ("航空、航天", "Aviation and aerospace"),
        ['X'] = ("环境科学、安全科学", "Environmental and safety sciences"),
        ['Z'] = ("综合性图书", "General works"),
    };

    /// <summary>
    /// The CLC codes in a 中图分类号 value ("D633;D422.6", "TP391.1；F49"); parts that are no CLC code (a CN serial
    /// number such as "45-1004/C" in the same EndNote tag) are left out.
    /// </summary>
    public static List<string> Codes(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var codes = new List<string>();
        foreach (var part in value.Split([';', '；', ',', '，', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var code = part.ToUpperInvariant();
            if (Code().IsMatch(code) && Top.ContainsKey(code[0]) && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>True when a value holds at least one CLC code and nothing that is not one.</summary>
    public static bool IsClc(string? value) =>
        Codes(value) is { Count: > 0 } codes
        && codes.Count == value!.Split([';', '；', ',', '，', ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    /// <summary>The Chinese and English names of the top-level class of a code ("D633" → 政治、法律, Politics and law), or null.</summary>
    public static (string Zh, string En)? TopClass(string code) =>
        code.Length > 0 && Top.TryGetValue(char.ToUpperInvariant(code[0]), out var names) ? names : null;

    /// <summary>The facet label of a code's top-level class in both languages: "D 政治、法律 / Politics and law".</summary>
    public static string? TopLabel(string code) =>
        TopClass(code) is { } names ? $"{char.ToUpperInvariant(code[0])} {names.Zh} / {names.En}" : null;

    // A class letter (T has a second one: TP, TU), then the notation: digits, '.', and the auxiliary signs - = / : + ( ).
    [GeneratedRegex(@"^[A-Z][A-Z]?(?:\d[\d.\-=/:+()]*)?$")]
    private static partial Regex Code();
}
