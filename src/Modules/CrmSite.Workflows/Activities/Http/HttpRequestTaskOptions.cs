using Microsoft.Extensions.Configuration;

namespace CrmSite.Workflows.Activities.Http;

/// <summary>
/// <c>CrmSite:Workflows</c> settings of <see cref="HttpRequestTask"/>: <c>WebhookSecret</c> (requests are signed when
/// it is set), <c>HttpTimeoutSeconds</c> (30) for one attempt, and <c>HttpRetryBaseDelayMilliseconds</c> (1000), the
/// wait before the first retry, doubled before each next one.
/// </summary>
public sealed record HttpRequestTaskOptions
{
    public const string ClientName = "CrmSite.Workflows.HttpRequestTask";

    /// <summary>The largest response body read into the workflow.</summary>
    public const int MaxResponseBytes = 1_000_000;

    public string? WebhookSecret { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public static HttpRequestTaskOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("CrmSite:Workflows");
        return new HttpRequestTaskOptions
        {
            WebhookSecret = section["WebhookSecret"] is { Length: > 0 } secret ? secret : null,
            Timeout = TimeSpan.FromSeconds(Math.Max(1, section.GetValue("HttpTimeoutSeconds", 30))),
            RetryBaseDelay = TimeSpan.FromMilliseconds(Math.Max(0, section.GetValue("HttpRetryBaseDelayMilliseconds", 1000))),
        };
    }

    public override string ToString() => $"HttpRequestTaskOptions {{ Timeout = {Timeout}, RetryBaseDelay = {RetryBaseDelay}, Signed = {WebhookSecret is not null} }}";
}
