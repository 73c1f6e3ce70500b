using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhiku.Evaluation.FromKnowledge;

/// <summary>
/// A SHA-256 of computed knowledge-base columns (code, then every value in invariant round-trip form), so a run log
/// can refuse to regenerate a run once the knowledge base gives different values.
/// </summary>
public static class KnowledgeHash
{
    public static string Of(IReadOnlyList<KnowledgeColumn> columns)
    {
        var sb = new StringBuilder();
        foreach (var c in columns)
        {
            sb.Append(c.ICode).Append('\n');
            foreach (var v in c.Values)
            {
                sb.Append(v.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
