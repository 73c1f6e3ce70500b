using System.Globalization;
using Zhiku.Knowledge;
using Zhiku.Storage.Nodes;

namespace Zhiku.Nodes;

/// <summary>The data-protection key ring's XML elements in the store, shared by every node of the store.</summary>
public sealed class ProtectionKeyStore(KnowledgeBase kb)
{
    private readonly ProtectionKeyRows _rows = new(kb.Store);

    /// <summary>Every stored key element, oldest first.</summary>
    public IReadOnlyList<string> All() => _rows.All();

    /// <summary>Stores a key element under its name (a name stored before is kept as it was).</summary>
    public void Add(string name, string xml) => _rows.Add(name, xml, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
}
