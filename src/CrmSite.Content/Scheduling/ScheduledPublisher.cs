using CrmSite.Content.Fields;
using CrmSite.Content.Management;
using CrmSite.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmSite.Content.Scheduling;

/// <summary>
/// Publishes drafts whose <c>PublishLaterPart.ScheduledPublishUtc</c> has come. Every node runs it; publishing is
/// idempotent, so two nodes finding the same item publish it once.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<ScheduledPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("CrmSite:SchedulerIntervalSeconds", 30));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A busy or unreachable store must not stop the site; the next tick tries again.
                logger.LogWarning(e, "Scheduled publishing failed; it will be tried again.");
            }
        }
    }

    /// <summary>Publishes every due draft now; returns how many were published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmSiteDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await (
            from field in db.FieldIndex
            join version in db.ContentItems on field.ContentItemVersionId equals version.ContentItemVersionId
            where field.PartName == BuiltInParts.PublishLaterPart && field.FieldName == "ScheduledPublishUtc" &&
                  field.Date <= now && version.Latest && !version.Published
            select version.ContentItemId).Distinct().ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        scope.ServiceProvider.GetRequiredService<ContentActor>().ActAs(null, "scheduler");
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var published = 0;
        foreach (var id in due)
        {
            try
            {
                if ((await content.PublishAsync(id, cancellationToken)).Succeeded)
                {
                    published++;
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Publishing scheduled item {ContentItemId} failed; it will be tried again.", id);
            }
        }
        logger.LogInformation("Published {Count} scheduled items", published);
        return published;
    }
}
