using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Zhiku.Nodes;

namespace Zhiku.Web.Nodes;

/// <summary>
/// The data-protection key ring in the store: every node of a store protects and unprotects sign-in cookies and
/// antiforgery tokens with the same keys, so a cookie made on one node is accepted by the others. Keys a data directory
/// kept in its <c>keys/</c> folder before are moved into the store once, so that signed-in users stay signed in.
/// </summary>
internal sealed class StoreXmlRepository(ProtectionKeyStore keys, string legacyFolder) : IXmlRepository
{
    private readonly Lazy<bool> _imported = new(() =>
    {
        if (Directory.Exists(legacyFolder))
        {
            foreach (var file in Directory.EnumerateFiles(legacyFolder, "*.xml"))
            {
                keys.Add(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            }
        }

        return true;
    });

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        _ = _imported.Value;
        return [.. keys.All().Select(xml => XElement.Parse(xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        _ = _imported.Value;
        keys.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
