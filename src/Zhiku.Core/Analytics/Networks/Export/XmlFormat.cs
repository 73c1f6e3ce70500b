using System.Globalization;

namespace Zhiku.Analytics.Networks.Export;

/// <summary>Invariant number and id formatting shared by the XML writers.</summary>
internal static class XmlFormat
{
    public static string Id(int node) => "n" + node.ToString(CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
