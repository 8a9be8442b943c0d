using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmSite.Search.Indexing;

/// <summary>
/// Keeps this node's indexes in step with the store: a sync round every quarter second (changes are searchable
/// within a second), on every node, each from its own cursor. A failing round is logged and tried again.
/// </summary>
public sealed class IndexSyncWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IndexSyncWorker> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private DateTime _lastWarning = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<IndexSynchronizer>().SyncAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A store still being set up, or busy, must not stop the site; at most one warning a minute.
                if (clock.GetUtcNow().UtcDateTime - _lastWarning > TimeSpan.FromMinutes(1))
                {
                    _lastWarning = clock.GetUtcNow().UtcDateTime;
                    logger.LogWarning(e, "Index sync failed; it is tried again.");
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
