using CrmSite.Search.Api;
using CrmSite.Search.Queries;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Search;

/// <summary>
/// A second node on a site's store whose Lucene searches run out of time after <see cref="HitsBeforeTimeout"/> hits:
/// its clock moves one tick per read (one for the baseline, one per hit), and the time limit is that many ticks.
/// </summary>
public static class TimeoutNode
{
    public const int HitsBeforeTimeout = 3;

    public static WebApplicationFactory<Program> Start(SiteFactory site) =>
        site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(new LuceneQueryOptions
        {
            Limits = new QueryLimits { SearchTimeout = TimeSpan.FromMilliseconds(HitsBeforeTimeout) },
            Clock = new SteppingClock(),
        })));
}
