using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Settings;
using CrmSite.Tests.Integration.Infrastructure;
using CrmSite.Workflows.Engine;
using CrmSite.Workflows.Model;
using CrmSite.Workflows.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Secretariats.Elections;

/// <summary>
/// The daily "terms ending" workflow of crm-elections: a chapter whose term ends within 30 days is told once by mail,
/// and a secretariat whose term has ended is marked "election due".
/// </summary>
public abstract class TermsEndingTests(SiteFixture fixture)
{
    private const string TypeId = "secretariattermsending";

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task EndingTerm_IsToldOnce_AndAnEndedTerm_MarksItsSecretariatElectionDue()
    {
        var today = await TodayAsync();
        var officer = await ElectionCalls.OfficerAsync(Site, "chapterbalochistan");
        officer.Dispose();
        var ending = await TermAsync("chapterbalochistan", today.AddDays(-700), today.AddDays(10));
        var ended = await TermAsync("chaptergilgitbaltistan", today.AddDays(-800), today.AddDays(-1));

        var first = await RunAsync();
        var second = await RunAsync();
        var told = await Site.WithStoreAsync(db => db.AuditEvents.Where(a => a.EventName == "SecretariatTermEnding" && a.ContentItemId == ending).CountAsync());
        var due = await Site.WithStoreAsync(db => db.AuditEvents.Where(a => a.EventName == "SecretariatElectionDue" && a.ContentItemId == ended).CountAsync());
        var mail = Directory.GetFiles(Path.Combine(Site.DataPath, "Mail"), "*.eml").Select(File.ReadAllText).ToList();
        var secretariat = await SecretariatAsync("chaptergilgitbaltistan");

        Assert.Equal(WorkflowStatus.Finished, first.Status);
        var endingSoon = Assert.Single(first.State.Properties["TermsEnding"]!.AsArray());
        Assert.Equal("Balochistan chapter", endingSoon!["Chapter"]!.GetValue<string>());
        Assert.Empty(second.State.Properties["TermsEnding"]!.AsArray());
        Assert.Equal(1, told);
        Assert.Equal(1, due);
        Assert.Single(mail, m => m.Contains(officer.Email, StringComparison.Ordinal) && m.Contains("Balochistan chapter ends on", StringComparison.Ordinal));
        Assert.Equal("election-due", secretariat.Text("Secretariat", "ElectionStatus"));
    }

    private async Task<WorkflowInstance> RunAsync()
    {
        using var scope = Site.Services.CreateScope();
        var type = (await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().GetAsync(TypeId, CancellationToken.None))!;
        var started = await scope.ServiceProvider.GetRequiredService<WorkflowManager>()
            .StartAsync(type, type.Activities.Single(a => a.IsStart), [], null, CancellationToken.None);
        return started!;
    }

    private async Task<DateTime> TodayAsync()
    {
        using var scope = Site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SiteCalendar>().TodayAsync(CancellationToken.None);
    }

    private async Task<ContentItem> SecretariatAsync(string chapter)
    {
        using var scope = Site.Services.CreateScope();
        var found = await scope.ServiceProvider.GetRequiredService<ContentReader>()
            .ListByFieldAsync("Secretariat", "Secretariat", "Chapter", chapter, VersionOptions.Latest);
        return Assert.Single(found);
    }

    private async Task<string> TermAsync(string chapter, DateTime start, DateTime end)
    {
        var host = await ElectionCalls.OrganizationAsync(Site, chapter);
        using var scope = Site.Services.CreateScope();
        var term = new ContentItem("SecretariatTerm");
        term.GetOrCreatePart("TitlePart")["Title"] = "Term ending test " + chapter;
        var part = term.GetOrCreatePart("SecretariatTerm");
        part["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapter) };
        part["HostOrganization"] = new JsonObject { ["ContentItemIds"] = new JsonArray(host) };
        part["Start"] = new JsonObject { ["Value"] = start.ToString("yyyy-MM-ddT00:00:00Z", CultureInfo.InvariantCulture) };
        part["End"] = new JsonObject { ["Value"] = end.ToString("yyyy-MM-ddT00:00:00Z", CultureInfo.InvariantCulture) };
        part["DatePrecision"] = new JsonObject { ["Text"] = "day" };
        part["Method"] = new JsonObject { ["Text"] = "unknown" };
        part["Source"] = new JsonObject { ["Url"] = "https://example.org/term", ["Text"] = "Source" };
        var saved = await scope.ServiceProvider.GetRequiredService<ContentManager>().CreateAsync(term, publish: true);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        return saved.Item!.ContentItemId;
    }
}

public sealed class TermsEndingSqliteTests(SqliteSite fixture) : TermsEndingTests(fixture), IClassFixture<SqliteSite>;

public sealed class TermsEndingPostgresTests(PostgresSite fixture) : TermsEndingTests(fixture), IClassFixture<PostgresSite>;
