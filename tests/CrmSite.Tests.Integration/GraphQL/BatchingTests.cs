using System.Globalization;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// Loads are batched per query level: the SQL commands a query issues grow with its depth, not with the number of
/// items it returns. Counted with an EF Core interceptor on the GraphQL request only.
/// </summary>
public abstract class BatchingTests(GraphQLSiteFixture fixture, ITestOutputHelper output)
{
    private const int Sheets = 100;
    private const string PathPrefix = "fact-sheets/batch-";

    // Three levels of content items: fact sheets, their chapters, the chapters' secretariats.
    private const int ContentLevels = 3;

    private GraphQLSite Site => fixture.Site;

    [SkippableFact]
    public async Task FactSheetsWithChaptersAndSecretariats_IssueOneCommandPerLevel_WhateverTheirNumber()
    {
        await ImportSheetsAsync();
        using var anonymous = Site.CreateClient();

        var (all, allCommands) = await MeasureAsync(anonymous, Sheets);
        var (few, fewCommands) = await MeasureAsync(anonymous, 10);

        Assert.Equal(Sheets, all.Count);
        Assert.Equal(10, few.Count);
        foreach (var sheet in all)
        {
            var chapter = Assert.Single(sheet!["chapter"]!["contentItems"]!.AsArray())!;
            Assert.EndsWith("Secretariat", chapter["secretariat"]!["displayText"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.True(allCommands.Count <= 1 + ContentLevels, Describe(allCommands));
        Assert.Equal(allCommands.Count, fewCommands.Count);
        Assert.Equal(ContentLevels, allCommands.Count(c => c.Contains("ContentItems", StringComparison.Ordinal)));
    }

    /// <summary>Runs the query twice (the first builds the schema and fills the caches) and returns the second's items and SQL commands.</summary>
    private async Task<(JsonArray Items, IReadOnlyList<string> Commands)> MeasureAsync(HttpClient client, int first)
    {
        var query = $$"""
            { factSheet(first: {{first}}, where: {path_starts_with: "{{PathPrefix}}"}, orderBy: {path: ASC}) {
                displayText chapter { contentItems { ... on Chapter { displayText secretariat { displayText } } } } } }
            """;
        await GraphQLCalls.DataAsync(client, query);
        Site.Sql.Clear();
        var data = await GraphQLCalls.DataAsync(client, query);
        // The role-permission cache is refreshed every 10 seconds by whichever request comes: authorization, not the query.
        var commands = Site.Sql.Commands.Where(c => !c.Contains("Roles", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{Site.Provider}, first: {first}: {commands.Count} SQL commands\n{Describe(commands)}");
        return (data["factSheet"]!.AsArray(), commands);
    }

    private static string Describe(IReadOnlyList<string> commands) =>
        string.Join("\n---\n", commands.Select(c => c.Length > 400 ? c[..400] + "..." : c));

    /// <summary>100 fact sheets spread over the eight chapters, in one recipe Content step.</summary>
    private async Task ImportSheetsAsync()
    {
        string[] chapters = ["chapternational", "chapterpunjab", "chaptersindh", "chapterkhyberpakhtunkhwa", "chapterbalochistan", "chapterajk",
            "chaptergilgitbaltistan", "chapterfata"];
        var items = new JsonArray();
        for (var i = 0; i < Sheets; i++)
        {
            var number = i.ToString("D3", CultureInfo.InvariantCulture);
            items.Add(new JsonObject
            {
                ["ContentItemId"] = "gqlbatchsheet" + number,
                ["ContentType"] = "FactSheet",
                ["Published"] = true,
                ["Latest"] = true,
                ["TitlePart"] = new JsonObject { ["Title"] = "Batch sheet " + number },
                ["AutoroutePart"] = new JsonObject { ["Path"] = PathPrefix + number },
                ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
                ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "A sheet for counting SQL commands." },
                ["FactSheet"] = new JsonObject
                {
                    ["Summary"] = new JsonObject { ["Text"] = "Summary " + number },
                    ["Topics"] = new JsonObject { ["TaxonomyContentItemId"] = "taxonomytopics", ["TermContentItemIds"] = new JsonArray("topiceducation") },
                    ["Chapter"] = new JsonObject { ["ContentItemIds"] = new JsonArray(chapters[i % chapters.Length]) },
                    ["Year"] = new JsonObject { ["Value"] = 2024 },
                    ["Source"] = new JsonObject { ["Url"] = "https://example.org/sources/" + number, ["Text"] = "Example source" },
                    ["ReviewBy"] = new JsonObject { ["Value"] = "2026-06-30" },
                },
            });
        }
        var recipe = new JsonObject
        {
            ["name"] = "graphql-batching-sheets",
            ["steps"] = new JsonArray { new JsonObject { ["name"] = "Content", ["data"] = items } },
        };
        var result = await Site.ImportAsync(recipe.ToJsonString());
        Assert.Equal(Sheets, result.Items.GetValueOrDefault("Created") + result.Items.GetValueOrDefault("Unchanged"));
    }
}

public sealed class BatchingSqliteTests(GraphQLSqliteSite fixture, ITestOutputHelper output) : BatchingTests(fixture, output), IClassFixture<GraphQLSqliteSite>;

public sealed class BatchingPostgresTests(GraphQLPostgresSite fixture, ITestOutputHelper output) : BatchingTests(fixture, output), IClassFixture<GraphQLPostgresSite>;
