namespace Zhiku.Storage;

/// <summary>
/// Resolves the tags and works of an imported case inside the import's transaction: a tag may be a code of the
/// classification standard or a term's Chinese or English name (a filled template is written by people, not by code),
/// and is stored as its code; a retired term is kept only where the stored case had it already.
/// </summary>
internal static class CaseTags
{
    /// <summary>The codes of <paramref name="tags"/>, and a problem for each tag or work that cannot be stored.</summary>
    public static (List<string> Codes, List<string> Problems) Resolve(CommandCache sql, IEnumerable<string> tags, IReadOnlySet<string> had)
    {
        var terms = new List<(string Code, string Zh, string En, bool Retired)>();
        using (var reader = sql.Bind("SELECT code, name_zh, name_en, retired FROM classification_terms ORDER BY position, code").ExecuteReader())
        {
            while (reader.Read())
            {
                terms.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) != 0));
            }
        }

        var codes = new List<string>();
        var problems = new List<string>();
        foreach (var tag in tags)
        {
            var matches = terms.Where(t => t.Code.Equals(tag, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                matches = [.. terms.Where(t => t.Zh == tag || t.En.Equals(tag, StringComparison.OrdinalIgnoreCase))];
            }

            if (matches.Count == 0)
            {
                problems.Add($"'{tag}' is neither a code nor a term name of the classification standard");
            }
            else if (matches.Count > 1)
            {
                problems.Add($"'{tag}' names several terms ({string.Join(", ", matches.Select(m => m.Code))}): write the code");
            }
            else if (matches[0].Retired && !had.Contains(matches[0].Code))
            {
                problems.Add($"'{tag}' ({matches[0].Code}) is retired from the classification standard");
            }
            else if (!codes.Contains(matches[0].Code))
            {
                codes.Add(matches[0].Code);
            }
        }

        return (codes, problems);
    }

    /// <summary>The works as "W12" ids, and a problem for each that is not a work of the knowledge base.</summary>
    public static (List<string> Ids, List<string> Problems) Works(CommandCache sql, IEnumerable<string> works)
    {
        var ids = new List<string>();
        var problems = new List<string>();
        foreach (var work in works)
        {
            var digits = work.StartsWith('W') || work.StartsWith('w') ? work[1..] : work;
            if (long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                && sql.Long("SELECT id FROM works WHERE id = $1", id) is not null)
            {
                var text = "W" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!ids.Contains(text))
                {
                    ids.Add(text);
                }
            }
            else
            {
                problems.Add($"'{work}' is not a work of the knowledge base (write its id, e.g. W12)");
            }
        }

        return (ids, problems);
    }
}
