using System.Globalization;
using System.Text.RegularExpressions;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Registry;

/// <summary>
/// Edits the case classification standard: administrators and managers add a term to a facet, rename it in either
/// language, retire it (it stays on the cases it tags, tags no new one) or bring it back. Each write appends a change,
/// so that the case search indexes the new names.
/// </summary>
public sealed partial class ClassificationEditor(KnowledgeBase kb)
{
    /// <summary>Adds a term; its code is the facet and a key ("instrument.voucher"), unique in the standard.</summary>
    public ClassificationTerm Add(RegistryActor actor, ClassificationTerm term)
    {
        Allow(actor);
        var problems = new List<RegistryProblem>();
        if (!ClassificationFacets.All.Contains(term.Facet))
        {
            problems.Add(new("term.facet", "bad-facet", term.Facet));
        }
        else if (!CodePattern().IsMatch(term.Code) || !term.Code.StartsWith(term.Facet + ".", StringComparison.Ordinal))
        {
            problems.Add(new("term.code", "bad-code", term.Code));
        }

        Names(term.NameZh, term.NameEn, problems);
        return kb.Store.Write(session =>
        {
            var terms = ClassificationRows.All(session.Sql);
            if (terms.Any(t => t.Code.Equals(term.Code, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new("term.code", "code-taken", term.Code));
            }

            if (term.Parent is { } parent && !terms.Any(t => t.Code == parent && t.Facet == term.Facet))
            {
                problems.Add(new("term.parent", "unknown-term", parent));
            }

            if (problems.Count > 0)
            {
                throw RegistryEditException.Invalid(problems);
            }

            var position = (session.Sql.Long("SELECT COALESCE(MAX(position), 0) FROM classification_terms") ?? 0) + 1;
            var seq = session.Changes.Append("classification", position, "insert", null);
            session.Sql.Execute(
                "INSERT INTO classification_terms(code, facet, name_zh, name_en, parent, position, retired, updated_by, updated_at, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9)",
                term.Code, term.Facet, term.NameZh.Trim(), term.NameEn.Trim(), term.Parent, position, actor.Name, Now(), seq);
            return term with { NameZh = term.NameZh.Trim(), NameEn = term.NameEn.Trim(), Retired = false };
        });
    }

    /// <summary>Renames a term (a null name stays) and retires it or brings it back (null: as it is).</summary>
    public ClassificationTerm Update(RegistryActor actor, string code, string? nameZh, string? nameEn, bool? retired)
    {
        Allow(actor);
        return kb.Store.Write(session =>
        {
            var term = ClassificationRows.All(session.Sql).FirstOrDefault(t => t.Code.Equals(code, StringComparison.OrdinalIgnoreCase))
                ?? throw new RegistryEditException(RegistryRefusal.NotFound, $"{code}: no such term of the case classification standard");
            var changed = term with { NameZh = nameZh?.Trim() ?? term.NameZh, NameEn = nameEn?.Trim() ?? term.NameEn, Retired = retired ?? term.Retired };
            var problems = new List<RegistryProblem>();
            Names(changed.NameZh, changed.NameEn, problems);
            if (problems.Count > 0)
            {
                throw RegistryEditException.Invalid(problems);
            }

            var position = session.Sql.Long("SELECT position FROM classification_terms WHERE code = $1", term.Code) ?? 0;
            var seq = session.Changes.Append("classification", position, "update", null);
            session.Sql.Execute(
                "UPDATE classification_terms SET name_zh = $1, name_en = $2, retired = $3, updated_by = $4, updated_at = $5, updated_seq = $6 WHERE code = $7",
                changed.NameZh, changed.NameEn, changed.Retired ? 1L : 0L, actor.Name, Now(), seq, term.Code);
            return changed;
        });
    }

    private static void Allow(RegistryActor actor)
    {
        if (!actor.MayWidenAccess)
        {
            throw new RegistryEditException(RegistryRefusal.NoRight, $"{actor.Name} may not edit the case classification standard: administrators and managers do");
        }
    }

    private static void Names(string nameZh, string nameEn, List<RegistryProblem> problems)
    {
        foreach (var (field, name) in new[] { ("term.nameZh", nameZh), ("term.nameEn", nameEn) })
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new(field, "required"));
            }
            else if (name.Trim().Length > 200)
            {
                problems.Add(new(field, "too-long", "200"));
            }
        }
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[a-z]+\.[A-Za-z0-9][A-Za-z0-9-]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
