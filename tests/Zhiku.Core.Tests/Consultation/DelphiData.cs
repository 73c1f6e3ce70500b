using System.Globalization;

namespace Zhiku.Tests.Consultation;

/// <summary>The committed Delphi oracle files (Consultation/Data/), copied beside the test assembly.</summary>
internal static class DelphiData
{
    public static string Path(string file) => System.IO.Path.Combine(AppContext.BaseDirectory, "Consultation", "Data", file);

    /// <summary>The rows of R's printed CSV, as header → cell.</summary>
    public static List<Dictionary<string, string>> Expected(string file)
    {
        var lines = File.ReadAllLines(Path(file));
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(','), (h, v) => (h, v)).ToDictionary(p => p.h, p => p.v.Trim()))];
    }

    public static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);
}
