namespace Zhiku.Web.Sources;

/// <summary>How the server runs harvested sources on their schedule (section <c>Zhiku:Sources</c>).</summary>
internal sealed class SourceSchedulerOptions
{
    public const string Section = "Zhiku:Sources";

    /// <summary>Whether this node runs due sources; false leaves them to another node or to <c>zhiku sources run</c> (tests set it false).</summary>
    public bool Scheduler { get; set; } = true;

    /// <summary>How often the node looks for sources whose next run has come.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}
