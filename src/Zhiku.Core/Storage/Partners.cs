using Microsoft.Data.Sqlite;

namespace Zhiku.Storage;

/// <summary>The <c>partners</c> table: which organisations see which organisation's shared records.</summary>
internal static class Partners
{
    /// <summary>Records that <paramref name="partnerOrgId"/> may see what <paramref name="orgId"/> shares.</summary>
    public static void Add(SqliteConnection connection, long orgId, long partnerOrgId)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO partners(org_id, partner_org_id) SELECT $o, $p WHERE NOT EXISTS (SELECT 1 FROM partners WHERE org_id = $o AND partner_org_id = $p)";
        cmd.Parameters.AddWithValue("$o", orgId);
        cmd.Parameters.AddWithValue("$p", partnerOrgId);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The organisations that share with <paramref name="orgId"/> (their shared records are visible to it).</summary>
    public static IReadOnlyList<long> SharingWith(SqliteConnection connection, long orgId)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT org_id FROM partners WHERE partner_org_id = $p ORDER BY org_id";
        cmd.Parameters.AddWithValue("$p", orgId);
        using var reader = cmd.ExecuteReader();
        var result = new List<long>();
        while (reader.Read())
        {
            result.Add(reader.GetInt64(0));
        }

        return result;
    }
}
