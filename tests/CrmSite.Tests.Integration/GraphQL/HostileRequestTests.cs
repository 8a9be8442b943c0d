using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// Requests meant to hurt the endpoint are refused before anything runs: a 4xx with errors in GraphQL's format
/// (<c>errors[].message</c>), no <c>data</c>, no stack trace, and no SQL command on content.
/// </summary>
public abstract class HostileRequestTests(GraphQLSiteFixture fixture)
{
    private GraphQLSite Site => fixture.Site;

    [SkippableTheory]
    [InlineData("depth-200", HttpStatusCode.BadRequest, "depth")]
    [InlineData("depth-over-limit", HttpStatusCode.BadRequest, "nested")]
    [InlineData("aliases-10000", HttpStatusCode.RequestEntityTooLarge, "larger than")]
    [InlineData("aliases-3000", HttpStatusCode.BadRequest, "more than 2000 fields")]
    [InlineData("aliases-through-fragments", HttpStatusCode.BadRequest, "complex")]
    [InlineData("fragment-cycle", HttpStatusCode.BadRequest, "within itself")]
    [InlineData("introspection-10-times", HttpStatusCode.BadRequest, "complex")]
    [InlineData("first-99999999", HttpStatusCode.BadRequest, "first")]
    [InlineData("first-99999999-variable", HttpStatusCode.BadRequest, "first")]
    [InlineData("after-made-up", HttpStatusCode.BadRequest, "cursor")]
    [InlineData("after-past-int-range", HttpStatusCode.BadRequest, "cursor")]
    [InlineData("skip-negative", HttpStatusCode.BadRequest, "skip")]
    [InlineData("where-3000-alternatives", HttpStatusCode.BadRequest, "where")]
    [InlineData("where-nul-character", HttpStatusCode.BadRequest, "where")]
    [InlineData("batch-1000", HttpStatusCode.BadRequest, "batch")]
    [InlineData("batch-empty", HttpStatusCode.BadRequest, "batch")]
    [InlineData("query-1mb", HttpStatusCode.RequestEntityTooLarge, "larger than")]
    [InlineData("json-malformed", HttpStatusCode.BadRequest, "JSON")]
    [InlineData("json-not-a-request", HttpStatusCode.BadRequest, "JSON")]
    [InlineData("content-type-text", HttpStatusCode.UnsupportedMediaType, "application/json")]
    [InlineData("variables-not-json-get", HttpStatusCode.BadRequest, "variables")]
    [InlineData("variables-not-object-post", HttpStatusCode.BadRequest, "JSON")]
    [InlineData("query-missing-get", HttpStatusCode.BadRequest, "query")]
    [InlineData("query-empty-post", HttpStatusCode.BadRequest, "query")]
    [InlineData("syntax-error", HttpStatusCode.BadRequest, "Expected Name, found EOF")]
    [InlineData("unknown-field", HttpStatusCode.BadRequest, "nothing")]
    public async Task HostileRequest_IsRefusedBeforeItRuns(string name, HttpStatusCode status, string words)
    {
        using var anonymous = Site.CreateClient();
        Site.Sql.Clear();

        var answer = await SendAsync(anonymous, name);

        answer.AssertRejected(status, words);
        Assert.Equal("application/graphql-response+json", answer.MediaType);
        Assert.DoesNotContain(Site.Sql.Commands, c => c.Contains("ContentItems", StringComparison.Ordinal) || c.Contains("FieldIndex", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task RepeatedDocument_IsStillCheckedAgainstItsVariables()
    {
        // A document that passed once is kept parsed and validated; the limits that read variables run every time.
        using var anonymous = Site.CreateClient();
        const string OnePage = "query($n: Int) { factSheet(first: $n) { displayText } }";
        var wide = "query($n: Int) { " + string.Join(' ', Enumerable.Range(0, 60).Select(i => $"a{i}: factSheet(first: $n) {{ displayText }}")) + " }";

        var small = await GraphQLCalls.PostAsync(anonymous, OnePage, new JsonObject { ["n"] = 2 });
        var huge = await GraphQLCalls.PostAsync(anonymous, OnePage, new JsonObject { ["n"] = 99_999_999 });
        var wideSmall = await GraphQLCalls.PostAsync(anonymous, wide, new JsonObject { ["n"] = 1 });
        Site.Sql.Clear();
        var wideLarge = await GraphQLCalls.PostAsync(anonymous, wide, new JsonObject { ["n"] = 1000 });

        Assert.Equal(2, small.Data()["factSheet"]!.AsArray().Count);
        huge.AssertRejected(HttpStatusCode.BadRequest, "first");
        Assert.Equal(HttpStatusCode.OK, wideSmall.Status);
        wideLarge.AssertRejected(HttpStatusCode.BadRequest, "complex");
        Assert.DoesNotContain(Site.Sql.Commands, c => c.Contains("ContentItems", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Mutation_Returns405AndDoesNotRun_WhenSentByGet()
    {
        using var admin = await Site.CreateApiClientAsync("Administrator");
        using var anonymous = Site.CreateClient();
        var before = Site.Touch.Runs;

        var byGet = await GraphQLCalls.GetAsync(admin, "mutation { touch }");
        var namedByGet = await GraphQLCalls.GetAsync(admin, "query Q { __typename } mutation M { touch }", operationName: "M");
        var anonymousPost = await GraphQLCalls.PostAsync(anonymous, "mutation { touch }");
        var afterRefusals = Site.Touch.Runs;
        var byPost = await GraphQLCalls.PostAsync(admin, "mutation { touch }");

        byGet.AssertRejected(HttpStatusCode.MethodNotAllowed, "POST");
        Assert.Equal("POST", byGet.Headers.GetValueOrDefault("Allow"));
        namedByGet.AssertRejected(HttpStatusCode.MethodNotAllowed, "POST");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousPost.Status);
        Assert.Contains("ACCESS_DENIED", anonymousPost.Codes);
        Assert.Equal(before, afterRefusals);
        Assert.Equal(before + 1, byPost.Data()["touch"]!.GetValue<int>());
        Assert.Equal(before + 1, Site.Touch.Runs);
    }

    [SkippableFact]
    public async Task Batch_AnswersEachOperation_WhenWithinTheLimit()
    {
        using var anonymous = Site.CreateClient();
        var batch = new JsonArray(
            new JsonObject { ["query"] = "{ chapter(first: 1) { contentType } }" },
            new JsonObject { ["query"] = "query($id: String!) { contentItem(contentItemId: $id) { displayText } }", ["variables"] = new JsonObject { ["id"] = "chapterpunjab" } },
            new JsonObject { ["query"] = "{ nothing }" });

        var answer = await GraphQLCalls.PostRawAsync(anonymous, batch.ToJsonString(), "application/json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var results = answer.Body!.AsArray();
        Assert.Equal(3, results.Count);
        Assert.Equal("Chapter", results[0]!["data"]!["chapter"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("Punjab chapter", results[1]!["data"]!["contentItem"]!["displayText"]!.GetValue<string>());
        Assert.Contains("nothing", results[2]!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Task<GraphQLAnswer> SendAsync(HttpClient client, string name) => name switch
    {
        "depth-200" => Post(client, "{ chapter { " + Nested(67, "displayText") + " } }"),
        "depth-over-limit" => Post(client, "{ chapter { " + Nested(6, "displayText") + " } }"),
        "aliases-10000" => Post(client, "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename")) + " }"),
        "aliases-3000" => Post(client, "{ factSheet { " + string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"a{i}: path")) + " } }"),
        "aliases-through-fragments" => Post(client,
            "{ " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"x{i}: factSheet {{ ...F }}")) + " } " +
            "fragment F on FactSheet { " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"a{i}: path")) + " }"),
        "fragment-cycle" => Post(client, "{ factSheet { ...A } } fragment A on FactSheet { displayText ...B } fragment B on FactSheet { path ...A }"),
        "introspection-10-times" => Post(client,
            "{ " + string.Join(' ', Enumerable.Range(0, 10).Select(i => $"s{i}: __schema {{ types {{ ...FullType }} }}")) + " } " + GraphQLCalls.IntrospectionFragments),
        "first-99999999" => Post(client, "{ factSheet(first: 99999999) { displayText } }"),
        "first-99999999-variable" => GraphQLCalls.PostAsync(client, "query($n: Int) { factSheet(first: $n) { displayText } }", new JsonObject { ["n"] = 99_999_999 }),
        "after-made-up" => Post(client, "{ factSheetConnection(after: \"bm90IGEgY3Vyc29y\") { totalCount } }"),
        "after-past-int-range" => GraphQLCalls.PostAsync(client, "query($after: String) { factSheetConnection(after: $after) { totalCount nodes { displayText } } }",
            new JsonObject { ["after"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("p:" + int.MaxValue)) }),
        "skip-negative" => Post(client, "{ factSheet(skip: -1) { displayText } }"),
        "where-3000-alternatives" => Post(client, "{ factSheet(where: {OR: [" + string.Join(',', Enumerable.Range(0, 3000).Select(i => $"{{year: {i}}}")) + "]}) { displayText } }"),
        "where-nul-character" => GraphQLCalls.PostAsync(client, "query($text: String) { factSheet(where: {summary_contains: $text}) { displayText } }",
            new JsonObject { ["text"] = "child\0" }),
        "batch-1000" => GraphQLCalls.PostRawAsync(client,
            new JsonArray([.. Enumerable.Range(0, 1000).Select(_ => (JsonNode)new JsonObject { ["query"] = "{ factSheet { displayText } }" })]).ToJsonString(), "application/json"),
        "batch-empty" => GraphQLCalls.PostRawAsync(client, "[]", "application/json"),
        "query-1mb" => Post(client, "{ __typename }" + new string(' ', 1024 * 1024)),
        "json-malformed" => GraphQLCalls.PostRawAsync(client, "{\"query\": \"{ __typename }\"", "application/json"),
        "json-not-a-request" => GraphQLCalls.PostRawAsync(client, "{\"query\": 5}", "application/json"),
        "content-type-text" => GraphQLCalls.PostRawAsync(client, "{\"query\": \"{ __typename }\"}", "text/plain"),
        "variables-not-json-get" => GraphQLCalls.GetAsync(client, "{ __typename }", variables: "{not json"),
        "variables-not-object-post" => GraphQLCalls.PostRawAsync(client, "{\"query\": \"{ __typename }\", \"variables\": [1]}", "application/json"),
        "query-missing-get" => GraphQLCalls.GetAsync(client, ""),
        "query-empty-post" => GraphQLCalls.PostRawAsync(client, "{\"query\": \"  \"}", "application/json"),
        "syntax-error" => Post(client, "{ factSheet { displayText }"),
        "unknown-field" => Post(client, "{ nothing }"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
    };

    private static Task<GraphQLAnswer> Post(HttpClient client, string query) => GraphQLCalls.PostAsync(client, query);

    /// <summary>A chapter's secretariat, its chapter, that chapter's secretariat...: three levels a round, all valid fields.</summary>
    private static string Nested(int rounds, string leaf)
    {
        var selection = leaf;
        for (var i = 0; i < rounds; i++)
        {
            selection = "secretariat { chapter { contentItems { ... on Chapter { " + selection + " } } } }";
        }
        return selection;
    }
}

public sealed class HostileRequestSqliteTests(GraphQLSqliteSite fixture) : HostileRequestTests(fixture), IClassFixture<GraphQLSqliteSite>;

public sealed class HostileRequestPostgresTests(GraphQLPostgresSite fixture) : HostileRequestTests(fixture), IClassFixture<GraphQLPostgresSite>;
