using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;

namespace CrmSite.Workflows.Activities.Signals;

/// <summary>
/// Makes signal URLs (<c>/workflows/signal?token=...</c>, relative to the site): following one raises the signal
/// for the correlation id it was made with. <c>CrmSite:Workflows:SignalUrlLifetimeDays</c> (30; 0 for never) sets
/// how long a URL works.
/// </summary>
public sealed class SignalUrls(SignalKey key, IConfiguration configuration, TimeProvider clock)
{
    public const string Path = "/workflows/signal";

    /// <summary>A URL that raises <paramref name="signalName"/> for <paramref name="correlationId"/>, only for instance <paramref name="workflowId"/> when one is given.</summary>
    public async Task<string> CreateAsync(string signalName, string? correlationId, string? workflowId = null,
        CancellationToken cancellationToken = default)
    {
        var days = configuration.GetValue("CrmSite:Workflows:SignalUrlLifetimeDays", 30);
        long? expires = days > 0 ? clock.GetUtcNow().AddDays(days).ToUnixTimeSeconds() : null;
        var token = new SignalToken(signalName, correlationId, workflowId, expires).Protect(await key.GetAsync(cancellationToken));
        return QueryHelpers.AddQueryString(Path, "token", token);
    }
}
