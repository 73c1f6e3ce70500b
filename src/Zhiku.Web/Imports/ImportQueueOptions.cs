namespace Zhiku.Web.Imports;

/// <summary>How a node takes part in the import jobs of its store (section <c>Zhiku:Imports</c>).</summary>
internal sealed class ImportQueueOptions
{
    public const string Section = "Zhiku:Imports";

    /// <summary>How often an idle node looks for queued jobs (a job queued on this node wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the node running a job records that it still runs it, with its progress.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a running job may go without a heartbeat before another node takes it over.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(30);
}
