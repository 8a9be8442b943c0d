using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CrmSite.Workflows.Activities.Http;
using CrmSite.Workflows.Model;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>HttpRequestTask against a real HTTP server on a loopback port.</summary>
public abstract class HttpRequestTaskTests(ActivitySiteFixture fixture)
{
    private ActivitySite Site => fixture.Site;

    [SkippableFact]
    public async Task HttpRequestTask_RetriesServerErrorsAndSignsEachAttempt_WhenTheServerFailsTwice()
    {
        await using var server = await RecordingServer.StartAsync(500, 503);
        var (contentType, typeId) = await ImportAsync(server.Url + "/hook/{{ ContentItem.ContentItemId }}");
        using var client = await Site.CreateApiClientAsync("Administrator");

        var id = await client.CreateItemAsync(contentType, "Hello", draft: true);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["200"], instance.State.ExecutedActivities.Single(a => a.ActivityId == "http").Outcomes);
        Assert.Equal(200, instance.State.LastResult!["StatusCode"]!.GetValue<int>());
        Assert.Equal(3, server.Requests.Count);
        foreach (var request in server.Requests)
        {
            Assert.Equal(("POST", $"/hook/{id}"), (request.Method, request.PathAndQuery));
            Assert.Equal("{\"title\":\"Hello\"}", Encoding.UTF8.GetString(request.Body));
            var timestamp = request.Headers[WebhookSignature.TimestampHeader].ToString();
            Assert.True(long.TryParse(timestamp, out _));
            Assert.Equal(WebhookSignature.Sign(ActivitySite.WebhookSecret, timestamp, request.Body), request.Headers[WebhookSignature.SignatureHeader].ToString());
            Assert.Equal("yes", request.Headers["X-Test"].ToString());
            Assert.StartsWith("application/json", request.Headers.ContentType.ToString(), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task HttpRequestTask_TakesUnhandledHttpStatusWithoutRetrying_WhenTheStatusIsNotListed()
    {
        await using var server = await RecordingServer.StartAsync(404);
        var (contentType, typeId) = await ImportAsync(server.Url + "/missing");
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(contentType, "Nobody home", draft: true);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(["UnhandledHttpStatus"], instance.State.ExecutedActivities.Single(a => a.ActivityId == "http").Outcomes);
        Assert.Equal("unhandled", instance.State.ExecutedActivities.Last().ActivityId);
        Assert.Single(server.Requests);
    }

    [SkippableTheory]
    [InlineData("file:///etc/passwd", "http or https")]
    [InlineData("http://127.0.0.1:{closed}/refused", "failed after 4 attempt(s)")]
    public async Task HttpRequestTask_FaultsTheInstance_WhenTheUrlIsRefusedOrNeverAnswers(string url, string fault)
    {
        var (contentType, typeId) = await ImportAsync(url.Replace("{closed}", ClosedPort(), StringComparison.Ordinal));
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(contentType, "Nowhere", draft: true);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("HttpRequestTask (http)", instance.FaultMessage, StringComparison.Ordinal);
        Assert.Contains(fault, instance.FaultMessage, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on: one the system just handed out and took back.</summary>
    private static string ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<(string ContentType, string TypeId)> ImportAsync(string url)
    {
        var contentType = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [
                ("created", "ContentCreatedEvent", new { ContentTypeFilter = new[] { contentType } }),
                ("http", "HttpRequestTask", new
                {
                    Url = new { Expression = url },
                    HttpMethod = "POST",
                    Headers = new { Expression = "X-Test: yes" },
                    Body = new { Expression = """{"title":"{{ ContentItem.DisplayText }}"}""" },
                    ContentType = "application/json",
                    HttpResponseCodes = "200, 201",
                    MaxRetries = 3,
                }),
                ("ok", "LogTask", new { Text = new { Expression = "delivered" } }),
                ("unhandled", "LogTask", new { Text = new { Expression = "not delivered" } }),
            ],
            ("created", "Done", "http"), ("http", "200", "ok"), ("http", "UnhandledHttpStatus", "unhandled"));
        return (contentType, typeId);
    }
}

public sealed class HttpRequestTaskSqliteTests(ActivitySqliteSite fixture) : HttpRequestTaskTests(fixture), IClassFixture<ActivitySqliteSite>;

public sealed class HttpRequestTaskPostgresTests(ActivityPostgresSite fixture) : HttpRequestTaskTests(fixture), IClassFixture<ActivityPostgresSite>;
