using CrmSite.Workflows.Model;
using MimeKit;

namespace CrmSite.Tests.Integration.Workflows.Activities;

/// <summary>EmailTask on a site with no SMTP host: messages are written as .eml files under &lt;DataPath&gt;/Mail.</summary>
public abstract class EmailTaskTests(ActivitySiteFixture fixture)
{
    private ActivitySite Site => fixture.Site;

    [SkippableFact]
    public async Task EmailTask_TakesDoneAndWritesTheMessage_WhenTheAddressesAreValid()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (contentType, typeId) = await ImportAsync("editors@example.org, Chief <chief@example.org>");
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(contentType, $"Fish & <Chips> {suffix}", draft: true);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));
        var message = await WrittenAsync(suffix);

        Assert.Equal(["Done"], instance.State.ExecutedActivities.Single(a => a.ActivityId == "email").Outcomes);
        Assert.NotNull(message);
        Assert.Equal($"New: Fish & <Chips> {suffix}", message.Subject);
        Assert.Contains($"<p>Fish &amp; &lt;Chips&gt; {suffix}</p>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(["editors@example.org", "chief@example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("site@example.org", message.From.Mailboxes.Single().Address);
    }

    [SkippableFact]
    public async Task EmailTask_TakesFailedWithTheReason_WhenTheRecipientsAreNotAddresses()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (contentType, typeId) = await ImportAsync("not an address");
        using var client = await Site.CreateApiClientAsync("Administrator");

        await client.CreateItemAsync(contentType, $"Nobody {suffix}", draft: true);
        var instance = Assert.Single(await Site.InstancesAsync(typeId));

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["Failed"], instance.State.ExecutedActivities.Single(a => a.ActivityId == "email").Outcomes);
        Assert.Contains(instance.State.Journal, j => j.ActivityId == "email" && j.Level == "Error" &&
            j.Text.Contains("Recipients is not a list of e-mail addresses", StringComparison.Ordinal));
        Assert.Null(await WrittenAsync(suffix));
    }

    private async Task<(string ContentType, string TypeId)> ImportAsync(string recipients)
    {
        var contentType = await Site.DefineContentTypeAsync();
        var typeId = await Site.ImportWorkflowAsync(
            [
                ("created", "ContentCreatedEvent", new { ContentTypeFilter = new[] { contentType } }),
                ("email", "EmailTask", new
                {
                    Author = new { Expression = "site@example.org" },
                    Recipients = new { Expression = recipients },
                    Subject = new { Expression = "New: {{ ContentItem.DisplayText }}" },
                    Body = new { Expression = "<p>{{ ContentItem.DisplayText }}</p>" },
                    IsHtmlBody = true,
                }),
            ],
            ("created", "Done", "email"));
        return (contentType, typeId);
    }

    private async Task<MimeMessage?> WrittenAsync(string suffix)
    {
        var folder = Path.Combine(Site.DataPath, "Mail");
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.Subject?.Contains(suffix, StringComparison.Ordinal) == true)
            {
                return message;
            }
        }
        return null;
    }
}

public sealed class EmailTaskSqliteTests(ActivitySqliteSite fixture) : EmailTaskTests(fixture), IClassFixture<ActivitySqliteSite>;

public sealed class EmailTaskPostgresTests(ActivityPostgresSite fixture) : EmailTaskTests(fixture), IClassFixture<ActivityPostgresSite>;
