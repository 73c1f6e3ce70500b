namespace Zhiku.Testing;

/// <summary>
/// The hand-made outputs table of the conversion tests: 33 rows with Chinese headers of two research institutes'
/// outputs of 2018–2019, four of them bad (lines 27–30), with their 报送/批示/采纳/落实 dates.
/// </summary>
public static class OutputTables
{
    /// <summary>The absolute path of conversion-outputs.csv beside the test assembly.</summary>
    public static string Conversion => Path.Combine(AppContext.BaseDirectory, "Outputs", "conversion-outputs.csv");
}
