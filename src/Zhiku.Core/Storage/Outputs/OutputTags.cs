using Zhiku.Model;

namespace Zhiku.Storage.Outputs;

/// <summary>
/// An output's classification tags: what a table or an editor writes (a term's code, or its Chinese or English name)
/// checked against the case classification standard, kept as the terms' codes.
/// </summary>
internal static class OutputTags
{
    /// <summary>The column the outputs template reads tags from, named in each problem.</summary>
    public const string Column = "column 分类|tags: ";

    /// <summary>
    /// The codes of the written tags; an unknown term, or a retired one the output did not have, is left out with a
    /// problem naming it.
    /// </summary>
    public static List<string> Resolve(IReadOnlyList<ClassificationTerm> terms, IReadOnlyList<string> written, IReadOnlyList<string> had, List<string> problems)
    {
        var codes = new List<string>();
        foreach (var raw in written.Select(w => w.Trim()).Where(w => w.Length > 0))
        {
            var term = terms.FirstOrDefault(t => t.Code.Equals(raw, StringComparison.OrdinalIgnoreCase))
                ?? terms.FirstOrDefault(t => t.NameZh == raw || t.NameEn.Equals(raw, StringComparison.OrdinalIgnoreCase));
            if (term is null)
            {
                problems.Add($"{Column}'{raw}' is no term of the case classification standard (give its code such as instrument.pilot, or its Chinese or English name)");
            }
            else if (term.Retired && !had.Contains(term.Code))
            {
                problems.Add($"{Column}'{raw}' ({term.Code}) is retired from the case classification standard and tags no new output");
            }
            else if (!codes.Contains(term.Code))
            {
                codes.Add(term.Code);
            }
        }

        return codes;
    }

    /// <summary>The codes of a stored tags value (a JSON array, or null for none).</summary>
    public static IReadOnlyList<string> Parse(string? json) => json is null ? [] : StoreJson.Deserialize<List<string>>(json);
}
