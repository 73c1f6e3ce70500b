using Microsoft.Extensions.Options;
using Zhiku.Knowledge;
using Zhiku.Nodes;

namespace Zhiku.Web.Nodes;

/// <summary>Runs this node's <see cref="StoreFollower"/>: imports through other nodes (or a CLI beside the server) become searchable here.</summary>
internal sealed partial class StoreFollowerService : BackgroundService
{
    private readonly StoreFollower _follower;

    public StoreFollowerService(KnowledgeBase kb, IOptions<FollowerOptions> options, ILogger<StoreFollowerService> logger) =>
        _follower = new StoreFollower(kb, options.Value, message => LogFollowing(logger, message));

    /// <summary>How the node follows the store now.</summary>
    public FollowerStatus Status => _follower.Status;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _follower.RunAsync(stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message}")]
    private static partial void LogFollowing(ILogger logger, string message);
}
