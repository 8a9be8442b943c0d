using System.Text.Json.Nodes;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Search.Api;

/// <summary>
/// <c>GET /api/lucene/indexes</c> (ManageLuceneIndexes): every index profile with this node's copy of it — documents,
/// task cursor, generation built and the last sync.
/// </summary>
public static class IndexListApi
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/lucene/indexes", ListIndexes).WithTags("Search")
            .RequireAuthorization(SearchPermissions.ManageLuceneIndexes.Policy);

    public static async Task<IResult> ListIndexes(IndexProfileStore profiles, LuceneIndexes indexes, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var profile in (await profiles.GetAsync(cancellationToken)).Indexes)
        {
            var holder = indexes.Find(profile.Name);
            list.Add(new JsonObject
            {
                ["name"] = profile.Name,
                ["analyzerName"] = profile.AnalyzerName,
                ["indexLatest"] = profile.IndexLatest,
                ["indexedContentTypes"] = new JsonArray([.. profile.IndexedContentTypes.Select(t => (JsonNode)t)]),
                ["culture"] = profile.Culture,
                ["synonymGroups"] = profile.Synonyms.Count,
                ["generation"] = profile.Generation,
                ["builtGeneration"] = holder?.Generation,
                ["documents"] = holder?.Writer.NumDocs,
                ["cursor"] = holder?.Cursor,
                ["lastSyncUtc"] = holder?.LastSyncUtc,
            });
        }
        return TypedResults.Text(list.ToJsonString(), "application/json; charset=utf-8");
    }
}
