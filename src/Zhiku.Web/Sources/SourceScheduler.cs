using Microsoft.Extensions.Options;
using Zhiku.Knowledge;
using Zhiku.Sources;

namespace Zhiku.Web.Sources;

/// <summary>
/// Runs the sources whose next run has come, one at a time, on a background task; stopping the server cancels the run
/// in progress (it is logged as cancelled). Each source is claimed in the store before it runs, so that the nodes of
/// one store never run the same source twice.
/// </summary>
internal sealed partial class SourceScheduler(KnowledgeBase kb, IOptions<SourceSchedulerOptions> options, ILogger<SourceScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Scheduler)
        {
            return;
        }

        // The first look at the store must not hold up the server's start.
        await Task.Yield();
        using var sources = new SourceService(kb);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var run in await sources.RunDueAsync(stoppingToken))
                {
                    LogRun(logger, run.SourceId, run.Status, run.New, run.Updated, run.Failed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (Zhiku.Storage.KnowledgeStore.IsStoreFailure(e) || e is InvalidOperationException or IOException)
            {
                LogFailed(logger, e.Message);
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "source S{Source} ran: {Status}, new {New}, updated {Updated}, failed {Failed}")]
    private static partial void LogRun(ILogger logger, long source, string status, long @new, long updated, long failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "harvested sources could not be run: {Message}")]
    private static partial void LogFailed(ILogger logger, string message);
}
