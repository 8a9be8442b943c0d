using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Content.Management;
using CrmSite.Workflows.Engine;

namespace CrmSite.Workflows.Activities.Http;

/// <summary>
/// Orchard's <c>HttpRequestTask</c>: sends <c>HttpMethod</c> to <c>Url</c> with <c>Headers</c> ("Name: value" lines)
/// and <c>Body</c> of <c>ContentType</c> (Liquid, rendered as plain text), and takes the outcome named by the
/// response's status among <c>HttpResponseCodes</c>, else <c>UnhandledHttpStatus</c>. The response (status,
/// headers, body) is the last result. Only http and https URLs are sent; with <c>CrmSite:Workflows:WebhookSecret</c>
/// set, each request is signed (<see cref="WebhookSignature"/>). 5xx, 408 and 429 answers, timeouts and connection
/// errors are retried up to <c>MaxRetries</c> (3) times with doubling waits; a request that never got an answer
/// faults the instance, so that it can be retried from the admin.
/// </summary>
public sealed class HttpRequestTask(WebhookSender sender) : TaskActivity
{
    public override string Name => "HttpRequestTask";

    public override IReadOnlyList<string> Outcomes(ActivityContext activity) => HttpResponseCodes.Outcomes(activity.Text("HttpResponseCodes"));

    public override async Task<ActivityResult> ExecuteAsync(WorkflowContext workflow, ActivityContext activity)
    {
        var url = (await workflow.RenderLiquidAsync(activity.Expression("Url"), encode: false)).Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ActivityFaultException($"{Name} ({activity.ActivityId}): Url must be an absolute http or https URL; it rendered '{url}'.");
        }
        var method = new HttpMethod(activity.Text("HttpMethod") is { Length: > 0 } m ? m.ToUpperInvariant() : "GET");
        var sendsBody = method != HttpMethod.Get && method != HttpMethod.Head;
        var request = new WebhookRequest(
            uri,
            method,
            Headers(await workflow.RenderLiquidAsync(activity.Expression("Headers"), encode: false)),
            sendsBody ? Encoding.UTF8.GetBytes(await workflow.RenderLiquidAsync(activity.Expression("Body"), encode: false)) : [],
            activity.Text("ContentType") is { Length: > 0 } type ? type : "application/json",
            MaxRetries(activity));

        WebhookResponse response;
        try
        {
            response = await sender.SendAsync(request, CancellationToken.None);
        }
        catch (HttpRequestException e)
        {
            throw new ActivityFaultException($"{Name} ({activity.ActivityId}): {e.Message}");
        }

        workflow.LastResult = new JsonObject
        {
            ["StatusCode"] = response.StatusCode,
            ["Headers"] = new JsonObject(response.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))),
            ["Body"] = response.Body,
        };
        var outcome = HttpResponseCodes.Outcome(activity.Text("HttpResponseCodes"), response.StatusCode);
        workflow.Journal(activity.ActivityId, "Information",
            $"{method} {uri.GetLeftPart(UriPartial.Path)} answered {response.StatusCode} after {response.Attempts} attempt(s).");
        return ActivityResult.Outcomes(outcome);
    }

    public override IEnumerable<ContentError> Validate(ActivityContext activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Expression("Url")))
        {
            yield return Scripts.Invalid(activity, "Url", $"Url is required.");
        }
        if (HttpResponseCodes.Invalid(activity.Text("HttpResponseCodes")) is { } invalid)
        {
            yield return Scripts.Invalid(activity, "HttpResponseCodes", $"'{invalid}' is not an HTTP status code.");
        }
    }

    /// <summary>"Name: value" lines; lines without a colon are ignored.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> Headers(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0)
            .Select(parts => KeyValuePair.Create(parts[0], parts[1]))];

    private static int MaxRetries(ActivityContext activity) => activity.Properties["MaxRetries"] switch
    {
        JsonValue v when v.TryGetValue<int>(out var n) => Math.Clamp(n, 0, 10),
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => Math.Clamp(n, 0, 10),
        _ => 3,
    };
}
