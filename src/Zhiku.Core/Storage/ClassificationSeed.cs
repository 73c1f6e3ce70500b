using System.Globalization;
using Zhiku.Model;

namespace Zhiku.Storage;

/// <summary>The INSERT of the default case classification standard, the same text for SQLite and PostgreSQL (migration 16).</summary>
internal static class ClassificationSeed
{
    public static string Sql { get; } =
        "INSERT INTO classification_terms(code, facet, name_zh, name_en, parent, position, retired, updated_by, updated_at, updated_seq) VALUES\n"
        + string.Join(",\n", ClassificationDefaults.Terms.Select((t, i) =>
            $"({Quote(t.Code)}, {Quote(t.Facet)}, {Quote(t.NameZh)}, {Quote(t.NameEn)}, {(t.Parent is null ? "NULL" : Quote(t.Parent))}, {(i + 1).ToString(CultureInfo.InvariantCulture)}, 0, 'default', '2026-12-01T00:00:00Z', 0)"))
        + ";\n";

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
