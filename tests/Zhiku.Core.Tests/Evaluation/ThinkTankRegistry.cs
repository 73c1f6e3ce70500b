namespace Zhiku.Tests.Evaluation;

/// <summary>A small hand-made registry of five think tanks (iData and iMeta in a temp folder) with CTTI-style measures.</summary>
public sealed class ThinkTankRegistry : IDisposable
{
    public ThinkTankRegistry()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "tanks.csv"), """
            uCode,uName,Org,Staff,Funding,Briefs,Events,Citations
            CASS,Chinese Academy of Social Sciences,CASS,120,5000,60,40,900
            CCIEE,China Center for International Economic Exchanges,CCIEE,45,1200,25,12,300
            TINY,A very small institute,TINY,6,80,3,1,10
            NOFUND,Institute without a reported budget,NOFUND,30,,18,8,150
            DRC,Development Research Center,DRC,80,3000,40,,700
            """);
        File.WriteAllText(Path.Combine(Folder, "meta.csv"), """
            Level,iCode,iName,Direction,Weight,Parent,Type
            1,Briefs,Policy briefs,1,2,Output,Indicator
            1,Events,Events per year,1,1,Output,Indicator
            1,Citations,Citations,1,1,Impact,Indicator
            2,Output,Output,1,1,Index,Aggregate
            2,Impact,Impact,1,1,Index,Aggregate
            3,Index,Index,1,1,,Aggregate
            ,Staff,Full-time staff,,,,Other
            ,Funding,Annual funding (10k CNY),,,,Other
            """);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "zhiku-tanks-" + Guid.NewGuid().ToString("N")[..12]);

    public string WriteSpec(string body)
    {
        var path = Path.Combine(Folder, "spec.yaml");
        File.WriteAllText(path, "data: tanks.csv\nmeta: meta.csv\n" + body);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
