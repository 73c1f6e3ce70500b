namespace Zhiku.Storage.Nodes;

/// <summary>
/// The <c>protection_keys</c> table: the XML elements of ASP.NET Core's data-protection key ring, so that every node
/// reads the keys that protect sign-in cookies and antiforgery tokens (a cookie made on one node is accepted by another).
/// </summary>
internal sealed class ProtectionKeyRows(KnowledgeStore store)
{
    public IReadOnlyList<string> All()
    {
        using var connection = store.Dialect.OpenSideWriter();
        return [.. connection.Query("SELECT xml FROM protection_keys ORDER BY created, name", r => r.GetString(0))];
    }

    /// <summary>Stores a key element under its name; a name stored before keeps its first element (keys are never rewritten).</summary>
    public void Add(string name, string xml, string created)
    {
        using var connection = store.Dialect.OpenSideWriter();
        connection.Execute(
            "INSERT INTO protection_keys(name, xml, created) VALUES (@name, @xml, @created) ON CONFLICT(name) DO NOTHING",
            ("@name", name), ("@xml", xml), ("@created", created));
    }
}
