namespace Zhiku.Cli.Tests.Evaluate;

/// <summary>
/// A temporary folder with COINr's ASEM iData/iMeta and an <c>asem.yaml</c> spec: the ASEM pipeline of the issue
/// (denominate, group-mean impute, screen, winsorise, min–max, arithmetic) followed by whatever the test adds.
/// </summary>
internal sealed class AsemSpecFolder : IDisposable
{
    private const string Steps = """
        data: ASEM_iData.csv
        meta: ASEM_iMeta.csv
        steps:
          - denominate: {}
          - impute: {method: group-mean, group: EurAsia_group}
          - screen: {min_availability: 0.9}
          - treat: {method: winsorise, max_points: 5, skew: 2, kurtosis: 3.5, fallback: log}
          - normalise: {method: minmax, range: [0, 100]}
          - aggregate: {method: arithmetic}

        """;

    public AsemSpecFolder(string extraYaml)
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in new[] { "ASEM_iData.csv", "ASEM_iMeta.csv" })
        {
            File.Copy(CliRun.Shared("evaluation/asem/" + file), Path.Combine(Folder, file));
        }

        File.WriteAllText(Spec, Steps + extraYaml);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "zhiku-asem-" + Guid.NewGuid().ToString("N")[..12]);

    public string Spec => Path.Combine(Folder, "asem.yaml");

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
