using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CrmSite.Workflows.Activities.Http;

/// <summary>
/// Sends a <see cref="WebhookRequest"/>: signed when a webhook secret is configured (every attempt carries the same
/// signature and timestamp, so a receiver can recognise a repeat), retried with doubling waits on answers and
/// failures that may pass (5xx, 408, 429, timeouts, connection errors).
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, IConfiguration configuration, TimeProvider clock, ILogger<WebhookSender> logger)
{
    private readonly HttpRequestTaskOptions _options = HttpRequestTaskOptions.From(configuration);

    /// <exception cref="HttpRequestException">No attempt got an answer; the message says how often it was tried and why.</exception>
    public async Task<WebhookResponse> SendAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        var timestamp = WebhookSignature.Timestamp(clock.GetUtcNow());
        var signature = _options.WebhookSecret is { } secret
            ? (WebhookSignature.Sign(secret, timestamp, request.Body), timestamp)
            : default((string Signature, string Timestamp)?);
        var client = clients.CreateClient(HttpRequestTaskOptions.ClientName);
        client.Timeout = _options.Timeout;
        client.MaxResponseContentBufferSize = HttpRequestTaskOptions.MaxResponseBytes;
        for (var attempt = 1; ; attempt++)
        {
            var last = attempt > request.MaxRetries;
            try
            {
                using var message = Message(request, signature);
                using var response = await client.SendAsync(message, cancellationToken);
                if (last || !MayPass(response.StatusCode))
                {
                    var headers = response.Headers.Concat(response.Content.Headers)
                        .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
                    return new WebhookResponse((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync(cancellationToken), attempt);
                }
                logger.LogInformation("{Method} {Url} answered {Status}; attempt {Attempt} will be retried.", request.Method,
                    request.Url.GetLeftPart(UriPartial.Path), (int)response.StatusCode, attempt);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                var reason = e is TaskCanceledException ? $"no answer within {_options.Timeout.TotalSeconds:0} s" : e.Message;
                if (last)
                {
                    throw new HttpRequestException($"{request.Method} {request.Url.GetLeftPart(UriPartial.Path)} failed after {attempt} attempt(s): {reason}", e);
                }
                logger.LogInformation("{Method} {Url} failed ({Reason}); attempt {Attempt} will be retried.", request.Method,
                    request.Url.GetLeftPart(UriPartial.Path), reason, attempt);
            }
            await Task.Delay(_options.RetryBaseDelay * Math.Pow(2, attempt - 1), clock, cancellationToken);
        }
    }

    private static bool MayPass(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static HttpRequestMessage Message(WebhookRequest request, (string Signature, string Timestamp)? signature)
    {
        var message = new HttpRequestMessage(request.Method, request.Url);
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type : null;
        }
        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.Remove(name);
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }
        if (signature is { } signed)
        {
            message.Headers.TryAddWithoutValidation(WebhookSignature.SignatureHeader, signed.Signature);
            message.Headers.TryAddWithoutValidation(WebhookSignature.TimestampHeader, signed.Timestamp);
        }
        return message;
    }
}
