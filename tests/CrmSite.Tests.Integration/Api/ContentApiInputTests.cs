using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Tests.Integration.Infrastructure;

namespace CrmSite.Tests.Integration.Api;

/// <summary>Hostile and odd input: every answer is a 4xx problem, never a 500, and races end in 409 or 422.</summary>
public abstract class ContentApiInputTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    public static TheoryData<string, HttpStatusCode> Bodies => new()
    {
        { """{"ContentType":"Page","contenttype":"Page","TitlePart":{"Title":"a"}}""", HttpStatusCode.BadRequest },
        { """{"ContentType":"Page","TitlePart":{"Title":"a","title":"b"}}""", HttpStatusCode.BadRequest },
        { """{"ContentType":"Page","TitlePart":{"Title":"x\ud800y"}}""", HttpStatusCode.BadRequest },
        { """{"ContentType":"Page","ContentItemId":"a\u0000b","TitlePart":{"Title":"a"}}""", HttpStatusCode.UnprocessableEntity },
        { """{"ContentType":"Page","ContentItemId":123,"TitlePart":{"Title":"a"}}""", HttpStatusCode.UnprocessableEntity },
        { """{"ContentType":"Page","ContentItemVersionId":"factsheet-2024-punjab-version-1","TitlePart":{"Title":"a"}}""", HttpStatusCode.UnprocessableEntity },
        { """{"ContentType":"Page","TitlePart":{"Title":"a"},"AutoroutePart":{"Path":"a\u0001b"}}""", HttpStatusCode.UnprocessableEntity },
    };

    [SkippableTheory]
    [MemberData(nameof(Bodies))]
    public async Task Post_AnswersWithAProblem_WhenBodyIsOdd(string body, HttpStatusCode expected)
    {
        using var api = await Site.CreateApiClientAsync("Editor");

        using var response = await api.PostAsync("/api/content", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Post_Returns422_WhenNumberIsTooLargeForTheIndex()
    {
        await Site.ImportAsync("""
            { "name": "counts", "steps": [ { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Count", "ContentTypePartDefinitionRecords": [ { "PartName": "Count", "Name": "Count" } ] } ],
              "ContentParts": [ { "Name": "Count", "ContentPartFieldDefinitionRecords": [ { "FieldName": "NumericField", "Name": "Value" } ] } ] } ] }
            """);
        using var api = await Site.CreateApiClientAsync("Editor");
        var item = new JsonObject { ["ContentType"] = "Count", ["Count"] = new JsonObject { ["Value"] = new JsonObject { ["Value"] = 1e27 } } };

        using var response = await Pages.PostAsync(api, item);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Count.Value", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Post_CreatesOnce_WhenClientsRaceWithOneId()
    {
        using var api = await Site.CreateApiClientAsync("Editor");
        var statuses = new List<HttpStatusCode>();

        for (var round = 0; round < 5; round++)
        {
            var id = "race" + Guid.NewGuid().ToString("N")[..20];
            var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            {
                var item = Pages.New($"Race {i}");
                item["ContentItemId"] = id;
                return Pages.PostAsync(api, item);
            }));
            statuses.AddRange(responses.Select(r => r.StatusCode));
            Assert.Equal(1, await Site.WithStoreAsync(db => Task.FromResult(db.ContentItems.Count(v => v.ContentItemId == id && v.Latest))));
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
        // One create wins; the others conflict, or (arriving after it) update it, or find it changed under them.
        Assert.All(statuses, s => Assert.True(
            s is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed, s.ToString()));
    }

    [SkippableFact]
    public async Task Post_GivesAPathToOneItemOnly_WhenClientsRaceForIt()
    {
        using var api = await Site.CreateApiClientAsync("Editor");

        for (var round = 0; round < 5; round++)
        {
            var path = "race-" + Guid.NewGuid().ToString("N")[..10];
            var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Pages.PostAsync(api, Pages.New($"Path race {i}", path))));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created),
                r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}

public sealed class ContentApiInputSqliteTests(SqliteSite fixture) : ContentApiInputTests(fixture), IClassFixture<SqliteSite>;

public sealed class ContentApiInputPostgresTests(PostgresSite fixture) : ContentApiInputTests(fixture), IClassFixture<PostgresSite>;
