using CrmSite.Content.Store;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>A site whose webhooks are signed and whose HTTP retries wait milliseconds, not seconds.</summary>
public sealed class ActivitySite(StoreProvider provider) : SiteFactory(provider)
{
    public const string WebhookSecret = "webhook-secret-for-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CrmSite:Workflows:WebhookSecret", WebhookSecret);
        builder.UseSetting("CrmSite:Workflows:HttpRetryBaseDelayMilliseconds", "10");
        builder.UseSetting("CrmSite:Workflows:HttpTimeoutSeconds", "5");
    }
}

public abstract class ActivitySiteFixture(StoreProvider provider) : SiteFixture<ActivitySite>(provider, p => new ActivitySite(p));

public sealed class ActivitySqliteSite() : ActivitySiteFixture(StoreProvider.Sqlite);

public sealed class ActivityPostgresSite() : ActivitySiteFixture(StoreProvider.Postgres);
