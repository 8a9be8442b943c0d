using CrmSite.Content.Recipes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Recipes;

public abstract class BadRecipeTests(SiteFixture fixture)
{
    // Each recipe first changes the store (a definition, a role, a valid item), then fails: nothing may remain.
    private const string GoodSteps = """
        { "name": "ContentDefinition", "ContentTypes": [ { "Name": "Leaflet", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ] },
        { "name": "Roles", "Roles": [ { "Name": "LeafletReader", "Permissions": [ "ViewContent" ] } ] },
        { "name": "Content", "data": [ { "ContentItemId": "leaflet0000000000000000001", "ContentType": "Leaflet", "TitlePart": { "Title": "Kept?" } } ] },
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "broken JSON", """{ "name": "broken", "steps": [ { "name": "Content", "data": [ """, "not valid JSON" },
        { "missing PartName", Recipe("""{ "name": "ContentDefinition", "ContentTypes": [ { "Name": "Flyer", "ContentTypePartDefinitionRecords": [ { "Name": "TitlePart" } ] } ] }"""), "has no PartName" },
        { "unknown content type", Recipe("""{ "name": "Content", "data": [ { "ContentType": "NoSuchType", "DisplayText": "x" } ] }"""), "'NoSuchType' is not defined" },
        { "throwing script", Recipe("""{ "name": "Content", "data": [ { "ContentItemId": "[js: (function(){ throw new Error('boom'); })()]", "ContentType": "Leaflet" } ] }"""), "boom" },
        { "looping script", Recipe("""{ "name": "Content", "data": [ { "ContentItemId": "[js: (function(){ while (true) {} })()]", "ContentType": "Leaflet" } ] }"""), "failed" },
        { "invalid field value", Recipe("""{ "name": "Content", "data": [ { "ContentType": "Leaflet", "TitlePart": "not an object" } ] }"""), "TitlePart" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Import_FailsNamingTheStepAndKeepsNothing_WhenRecipeIsBad(string @case, string recipe, string reason)
    {
        var before = await fixture.Site.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Site.ImportAsync(recipe, "bad.recipe.json"));
        var after = await fixture.Site.SnapshotAsync();

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        if (@case != "broken JSON")
        {
            Assert.Contains("Step 4", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(before, after);
    }

    private static string Recipe(string failingStep) => $$"""{ "name": "bad", "steps": [ {{GoodSteps}} {{failingStep}} ] }""";
}

public sealed class BadRecipeSqliteTests(SqliteSite fixture) : BadRecipeTests(fixture), IClassFixture<SqliteSite>;

public sealed class BadRecipePostgresTests(PostgresSite fixture) : BadRecipeTests(fixture), IClassFixture<PostgresSite>;
