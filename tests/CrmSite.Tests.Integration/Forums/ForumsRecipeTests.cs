using CrmSite.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Tests.Integration.Forums;

/// <summary>recipes/crm-forums.recipe.json imported alone on a fresh site: the types and the archived Advocacy thread.</summary>
public abstract class ForumsRecipeTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Import_SeedsClosedAdvocacyForum_WhenRecipeRunsAlone()
    {
        await ForumContent.ImportRecipeAsync(Site);

        var forum = await ForumContent.SingleAsync(Site, "Forum", "Advocacy");
        Assert.True(forum.Published);
        Assert.True(forum.Part("Forum")!["Closed"]!["Value"]!.GetValue<bool>());
        Assert.Equal("forums/advocacy", forum.Part("AutoroutePart")!["Path"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Import_ContainsTopicInForumAndReplyInTopic_WhenRecipeRunsAlone()
    {
        await ForumContent.ImportRecipeAsync(Site);

        var forum = await ForumContent.SingleAsync(Site, "Forum", "Advocacy");
        var topic = await ForumContent.SingleAsync(Site, "ForumTopic", "Influencing Policy");
        var reply = Assert.Single(await ForumContent.ListAsync(Site, "ForumReply"), r => ListId(r) == topic.ContentItemId);
        Assert.Equal(forum.ContentItemId, ListId(topic));
        Assert.True(topic.Published);
        Assert.True(reply.Published);
        Assert.StartsWith("https://", topic.Part("ForumTopic")!["Source"]!["Url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(topic.Part("ForumTopic")!["PostedBy"]!["Text"]!.GetValue<string>()));
    }

    [SkippableFact]
    public async Task Import_ReplyQuotesArticle39ExactlyWithItsSource_WhenRecipeRunsAlone()
    {
        await ForumContent.ImportRecipeAsync(Site);

        var topic = await ForumContent.SingleAsync(Site, "ForumTopic", "Influencing Policy");
        var reply = Assert.Single(await ForumContent.ListAsync(Site, "ForumReply"), r => ListId(r) == topic.ContentItemId);
        var markdown = reply.Part("MarkdownBodyPart")!["Markdown"]!.GetValue<string>();
        Assert.Contains(ForumContent.Article39, markdown, StringComparison.Ordinal);
        Assert.Equal(ForumContent.Article39Url, reply.Part("ForumReply")!["Source"]!["Url"]!.GetValue<string>());
        Assert.Contains(ForumContent.Article39Url, markdown, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Import_ChangesNothing_WhenRecipeIsImportedAgain()
    {
        await ForumContent.ImportRecipeAsync(Site);
        var before = await Site.SnapshotAsync();
        var definitionsBefore = await DefinitionsAsync();

        var again = await ForumContent.ImportRecipeAsync(Site);

        var after = await Site.SnapshotAsync();
        Assert.Equal(new Dictionary<string, int> { ["Unchanged"] = 3 }, again.Items);
        Assert.Empty(again.Warnings);
        Assert.Equal(before, after);
        Assert.Equal(definitionsBefore, await DefinitionsAsync());
    }

    [SkippableFact]
    public async Task RecipesStep_AddressesTheSameItems_WhenRecipeIsRunByName()
    {
        await ForumContent.ImportRecipeAsync(Site);

        var result = await Site.ImportAsync("""{ "name": "outer", "steps": [ { "name": "Recipes", "Values": [ { "name": "crm-forums" } ] } ] }""",
            "outer.recipe.json", Path.GetDirectoryName(RepositoryFiles.Recipe("crm-forums.recipe.json")));

        Assert.Equal(new Dictionary<string, int> { ["Unchanged"] = 3 }, result.Items);
    }

    [SkippableFact]
    public async Task RolesStep_KnowsModerateForums_WhenARoleIsGrantedIt()
    {
        var result = await Site.ImportAsync("""
            { "name": "moderators", "steps": [ { "name": "Roles", "Roles": [
              { "Name": "ForumModerator", "Description": "Moderates the forums", "Permissions": [ "ModerateForums", "EditContent_ForumReply" ] } ] } ] }
            """);

        Assert.Empty(result.Warnings);
    }

    private Task<string> DefinitionsAsync() => Site.WithStoreAsync(db =>
        db.Documents.Where(d => d.Name == "ContentDefinitions").Select(d => d.Content).SingleAsync());

    private static string? ListId(Content.Items.ContentItem item) =>
        item.Part("ContainedPart")?["ListContentItemId"]?.GetValue<string>();
}

public sealed class ForumsRecipeSqliteTests(SqliteSite fixture) : ForumsRecipeTests(fixture), IClassFixture<SqliteSite>;

public sealed class ForumsRecipePostgresTests(PostgresSite fixture) : ForumsRecipeTests(fixture), IClassFixture<PostgresSite>;
