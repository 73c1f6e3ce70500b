using System.Globalization;
using Zhiku.Files.Text;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Evaluation;

/// <summary>A COINr reference CSV (uCode first, then one column per code) as uCode → code → value.</summary>
public static class ReferenceTable
{
    public static Dictionary<string, Dictionary<string, double>> Read(string relative)
    {
        using var reader = new StreamReader(SharedData.Reference(relative));
        using var csv = new CsvReader(reader);
        var rows = csv.ReadAll().Select(r => r.Fields).ToList();
        var header = rows[0];
        return rows.Skip(1).ToDictionary(
            r => r[0],
            r => Enumerable.Range(1, header.Length - 1).ToDictionary(
                i => header[i],
                i => double.TryParse(r[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN));
    }
}
