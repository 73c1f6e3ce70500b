using System.Data.Common;

namespace Zhiku.Storage;

/// <summary>The <c>partners</c> table: which organisations see which organisation's shared records.</summary>
internal static class Partners
{
    /// <summary>Records that <paramref name="partnerOrgId"/> may see what <paramref name="orgId"/> shares.</summary>
    public static void Add(DbConnection connection, long orgId, long partnerOrgId) => connection.Execute(
        "INSERT INTO partners(org_id, partner_org_id) VALUES (@o, @p) ON CONFLICT DO NOTHING", ("@o", orgId), ("@p", partnerOrgId));

    /// <summary>The organisations that share with <paramref name="orgId"/> (their shared records are visible to it).</summary>
    public static IReadOnlyList<long> SharingWith(DbConnection connection, long orgId) =>
        [.. connection.Query("SELECT org_id FROM partners WHERE partner_org_id = @p ORDER BY org_id", r => r.GetInt64(0), ("@p", orgId))];
}
