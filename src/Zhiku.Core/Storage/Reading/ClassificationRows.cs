using Zhiku.Model;

namespace Zhiku.Storage.Reading;

/// <summary>Reads the case classification standard: every term, retired ones included, in the standard's order.</summary>
internal static class ClassificationRows
{
    private const string Select = "SELECT code, facet, name_zh, name_en, parent, retired FROM classification_terms ORDER BY position, code";

    public static IReadOnlyList<ClassificationTerm> All(StoreReader db) => [.. db.Connection.Query(Select, Term)];

    /// <summary>The terms as a write sees them (inside its transaction).</summary>
    public static IReadOnlyList<ClassificationTerm> All(CommandCache sql)
    {
        using var reader = sql.Bind(Select).ExecuteReader();
        var terms = new List<ClassificationTerm>();
        while (reader.Read())
        {
            terms.Add(Term(reader));
        }

        return terms;
    }

    private static ClassificationTerm Term(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableString(4), Convert.ToInt64(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) != 0);
}
