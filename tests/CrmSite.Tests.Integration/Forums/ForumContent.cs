using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.Tests.Integration.Forums;

/// <summary>Imports the forums recipe, finds its items, and builds forum posts for the REST API.</summary>
public static class ForumContent
{
    public const string Article39 =
        "States Parties shall take all appropriate measures to promote physical and psychological recovery and social " +
        "reintegration of a child victim of: any form of neglect, exploitation, or abuse; torture or any other form of " +
        "cruel, inhuman or degrading treatment or punishment; or armed conflicts. Such recovery and reintegration shall " +
        "take place in an environment which fosters the health, self-respect and dignity of the child.";

    public const string Article39Url = "https://archive.crin.org/en/home/rights/convention/articles/article-39-rehabilitative-careeba0.html";

    public static Task<RecipeResult> ImportRecipeAsync(SiteFactory site)
    {
        var path = RepositoryFiles.Recipe("crm-forums.recipe.json");
        return site.ImportAsync(File.ReadAllText(path), "crm-forums.recipe.json", Path.GetDirectoryName(path));
    }

    /// <summary>The latest versions of the items of <paramref name="contentType"/>.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ListAsync(SiteFactory site, string contentType)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContentReader>().ListAsync(contentType, VersionOptions.Latest);
    }

    public static async Task<ContentItem> SingleAsync(SiteFactory site, string contentType, string displayText) =>
        Assert.Single(await ListAsync(site, contentType), i => i.DisplayText == displayText);

    public static JsonObject Forum(string title, bool closed) => new()
    {
        ["ContentType"] = "Forum",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Forum"] = new JsonObject { ["Closed"] = new JsonObject { ["Value"] = closed } },
    };

    public static JsonObject Topic(string forumId, string title, bool closed = false) => new()
    {
        ["ContentType"] = "ForumTopic",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["ContainedPart"] = new JsonObject { ["ListContentItemId"] = forumId },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "What should we ask of the provincial assembly?" },
        ["ForumTopic"] = new JsonObject { ["Closed"] = new JsonObject { ["Value"] = closed } },
    };

    public static JsonObject Reply(string topicId, string markdown = "Budgets for recovery services come first.") => new()
    {
        ["ContentType"] = "ForumReply",
        ["ContainedPart"] = new JsonObject { ["ListContentItemId"] = topicId },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = markdown },
    };

    /// <summary>The messages of a 422 problem under <paramref name="member"/>.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response, string member)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var errors = problem?["errors"]?[member] as JsonArray;
        Assert.True(errors is not null, $"no error under {member}: {problem?.ToJsonString()}");
        return errors.Select(e => e!.GetValue<string>()).ToList();
    }
}
