using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>The generated schema documents itself, and follows the content definitions without a restart.</summary>
public abstract class SchemaTests(SiteFixture fixture)
{
    private const string Introspection = """
        {
          __schema {
            types {
              name kind description
              fields(includeDeprecated: true) { name description args { name description } }
              inputFields { name description }
              enumValues(includeDeprecated: true) { name description }
            }
          }
        }
        """;

    // GraphQL's own scalars; the spec gives them no description to carry.
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private SiteFactory Site => fixture.Site;

    [SkippableFact]
    public async Task Introspection_DescribesEveryTypeFieldArgumentAndEnumValue()
    {
        using var anonymous = Site.CreateClient();

        var schema = (await GraphQLCalls.DataAsync(anonymous, Introspection))["__schema"]!;

        var types = schema["types"]!.AsArray().Select(t => t!.AsObject())
            .Where(t => !t["name"]!.GetValue<string>().StartsWith("__", StringComparison.Ordinal))
            .Where(t => !BuiltInScalars.Contains(t["name"]!.GetValue<string>()))
            .ToList();
        var missing = new List<string>();
        foreach (var type in types)
        {
            var name = type["name"]!.GetValue<string>();
            Check(type, name, missing);
            foreach (var field in Members(type, "fields"))
            {
                var fieldName = $"{name}.{field["name"]}";
                Check(field, fieldName, missing);
                foreach (var argument in Members(field, "args"))
                {
                    Check(argument, $"{fieldName}({argument["name"]}:)", missing);
                }
            }
            foreach (var input in Members(type, "inputFields"))
            {
                Check(input, $"{name}.{input["name"]}", missing);
            }
            foreach (var value in Members(type, "enumValues"))
            {
                Check(value, $"{name}.{value["name"]}", missing);
            }
        }
        Assert.True(types.Count > 100, $"only {types.Count} types");
        Assert.Contains(types, t => t["name"]!.GetValue<string>() == "FactSheetWhereInput");
        Assert.True(missing.Count == 0, $"{missing.Count} without a description: {string.Join(", ", missing.Take(50))}");
    }

    [SkippableFact]
    public async Task GraphiQLIntrospectionQuery_IsAnswered()
    {
        using var anonymous = Site.CreateClient();

        var answer = await GraphQLCalls.PostAsync(anonymous, GraphQLCalls.GraphiQLIntrospection, operationName: "IntrospectionQuery");

        var schema = answer.Data()["__schema"]!;
        Assert.Equal("Query", schema["queryType"]!["name"]!.GetValue<string>());
        var factSheet = schema["types"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "FactSheet")!;
        Assert.Contains(factSheet["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "year");
        Assert.Contains(factSheet["interfaces"]!.AsArray(), i => i!["name"]!.GetValue<string>() == "ContentItem");
    }

    [SkippableFact]
    public async Task NewContentType_GetsItsListField_OnTheNextRequest()
    {
        using var anonymous = Site.CreateClient();
        var before = await GraphQLCalls.PostAsync(anonymous, "{ noticeBoard { displayText } }");
        var recipe = new JsonObject
        {
            ["name"] = "graphql-notice-board",
            ["steps"] = new JsonArray
            {
                new JsonObject
                {
                    ["name"] = "ContentDefinition",
                    ["ContentTypes"] = new JsonArray(new JsonObject
                    {
                        ["Name"] = "NoticeBoard",
                        ["DisplayName"] = "Notice board",
                        ["Settings"] = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true } },
                        ["ContentTypePartDefinitionRecords"] = new JsonArray(
                            new JsonObject { ["PartName"] = "TitlePart", ["Name"] = "TitlePart" },
                            new JsonObject { ["PartName"] = "NoticeBoard", ["Name"] = "NoticeBoard" }),
                    }),
                    ["ContentParts"] = new JsonArray(new JsonObject
                    {
                        ["Name"] = "NoticeBoard",
                        ["ContentPartFieldDefinitionRecords"] = new JsonArray(new JsonObject
                        {
                            ["FieldName"] = "NumericField",
                            ["Name"] = "Pins",
                            ["Settings"] = new JsonObject { ["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Pins" } },
                        }),
                    }),
                },
                new JsonObject
                {
                    ["name"] = "Content",
                    ["data"] = new JsonArray(new JsonObject
                    {
                        ["ContentItemId"] = "noticeboardmain",
                        ["ContentType"] = "NoticeBoard",
                        ["TitlePart"] = new JsonObject { ["Title"] = "Main notice board" },
                        ["NoticeBoard"] = new JsonObject { ["Pins"] = new JsonObject { ["Value"] = 12 } },
                    }),
                },
            },
        };

        await Site.ImportAsync(recipe.ToJsonString());
        var after = await GraphQLCalls.PostAsync(anonymous, "{ noticeBoard(where: {pins_gt: 10}) { displayText pins } noticeBoardConnection { totalCount } }");
        var byId = await GraphQLCalls.PostAsync(anonymous, "{ contentItem(contentItemId: \"noticeboardmain\") { contentType ... on NoticeBoard { pins } } }");

        before.AssertRejected(System.Net.HttpStatusCode.BadRequest, "noticeBoard");
        var board = Assert.Single(after.Data()["noticeBoard"]!.AsArray())!;
        Assert.Equal("Main notice board", board["displayText"]!.GetValue<string>());
        Assert.Equal(12m, board["pins"]!.GetValue<decimal>());
        Assert.Equal(1, after.Data()["noticeBoardConnection"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(12m, byId.Data()["contentItem"]!["pins"]!.GetValue<decimal>());
    }

    private static void Check(JsonObject member, string name, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(member["description"]?.GetValue<string>()))
        {
            missing.Add(name);
        }
    }

    private static IEnumerable<JsonObject> Members(JsonObject owner, string property) =>
        owner[property] is JsonArray members ? members.Select(m => m!.AsObject()) : [];
}

public sealed class SchemaSqliteTests(SqliteSite fixture) : SchemaTests(fixture), IClassFixture<SqliteSite>;

public sealed class SchemaPostgresTests(PostgresSite fixture) : SchemaTests(fixture), IClassFixture<PostgresSite>;
