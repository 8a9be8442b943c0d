using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Security;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using CrmSite.Search.Queries;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CrmSite.Search.Api;

/// <summary>
/// Orchard's Lucene API: <c>GET|POST /api/lucene/content</c> returns <c>{items, count}</c> (content items, each
/// read from the store and checked by the authorizer), <c>/api/lucene/documents</c> the stored fields. An index of
/// latest versions (drafts) needs PreviewContent; items a caller may not see are left out.
/// </summary>
public static class LuceneApi
{
    private static readonly QueryLimits Limits = new();

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/lucene").WithTags("Search").RequireAuthorization(SearchPermissions.QueryLuceneApi.Policy)
            .DisableAntiforgery();
        group.MapMethods("/content", [HttpMethods.Get, HttpMethods.Post], Content);
        group.MapMethods("/documents", [HttpMethods.Get, HttpMethods.Post], Documents);
    }

    public static Task<IResult> Content(HttpContext http, IndexProfileStore profiles, LuceneIndexes indexes, ContentReader reader,
        ContentAuthorization authorization, ContentDefinitionManager definitions, CancellationToken cancellationToken) =>
        RunAsync(http, profiles, indexes, authorization, definitions, async (holder, ids, count) =>
        {
            var items = new JsonArray();
            foreach (var id in ids)
            {
                var item = await reader.GetAsync(id, holder.Profile.IndexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken);
                if (item is not null && await CanSeeAsync(authorization, holder.Profile, item))
                {
                    items.Add(item.Data);
                }
            }
            return new JsonObject { ["items"] = items, ["count"] = count };
        }, storedFields: false, cancellationToken);

    public static Task<IResult> Documents(HttpContext http, IndexProfileStore profiles, LuceneIndexes indexes,
        ContentAuthorization authorization, ContentDefinitionManager definitions, CancellationToken cancellationToken) =>
        RunAsync(http, profiles, indexes, authorization, definitions, (holder, _, count) => Task.FromResult(new JsonObject { ["count"] = count }),
            storedFields: true, cancellationToken);

    private static async Task<IResult> RunAsync(HttpContext http, IndexProfileStore profiles, LuceneIndexes indexes,
        ContentAuthorization authorization, ContentDefinitionManager definitions, Func<IndexHolder, IReadOnlyList<string>, int, Task<JsonObject>> answer, bool storedFields,
        CancellationToken cancellationToken)
    {
        LuceneRequest request;
        string json;
        try
        {
            request = await LuceneRequest.ReadAsync(http.Request, cancellationToken);
            json = request.Render();
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("parameters", $"The request is not valid JSON: {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(request.IndexName))
        {
            return ApiProblems.BadRequest("indexName", "Name the index to query (indexName).");
        }
        var profile = (await profiles.GetAsync(cancellationToken)).Find(request.IndexName);
        var holder = profile is null ? null : indexes.Get(profile);
        if (profile is null || holder is null)
        {
            return ApiProblems.BadRequest("indexName", $"There is no index named '{request.IndexName}'.");
        }
        if (profile.IndexLatest && !await authorization.CanAsync(ContentPermissions.PreviewContent, new ContentItem("")))
        {
            return TypedResults.Problem(title: "Forbidden.", detail: $"Index '{profile.Name}' holds drafts: PreviewContent is required.",
                statusCode: http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }
        ParsedQuery parsed;
        try
        {
            parsed = QueryDsl.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json, holder.QueryAnalyzer, Limits, NumericFieldMap.Of(await definitions.GetAsync(cancellationToken)));
        }
        catch (QueryDslException e)
        {
            return ApiProblems.BadRequest(e.Path is "" or "$" ? "query" : "query." + e.Path, e.Message);
        }
        IndexSearcher searcher;
        try
        {
            searcher = holder.Searchers.Acquire();
        }
        catch (ObjectDisposedException)
        {
            // The index was reopened with new analysis settings between finding it and searching it.
            http.Response.Headers.RetryAfter = "1";
            return TypedResults.Problem(title: "The index is being rebuilt.", detail: $"Index '{profile.Name}' was just reopened; try again.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        try
        {
            TopDocs top;
            try
            {
                top = parsed.Sort is null
                    ? searcher.Search(parsed.Query, parsed.From + parsed.Size)
                    : searcher.Search(parsed.Query, null, parsed.From + parsed.Size, parsed.Sort);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidCastException or FormatException)
            {
                // Sorting on a field that was not indexed for sorting is found only by the search itself.
                return ApiProblems.BadRequest("query.sort", $"The index cannot answer this query: {e.Message}");
            }
            var hits = top.ScoreDocs.Skip(parsed.From).Select(h => searcher.Doc(h.Doc)).ToList();
            var ids = hits.Select(d => d.Get(ContentDocumentBuilder.IdField, System.Globalization.CultureInfo.InvariantCulture)).OfType<string>().ToList();
            var result = await answer(holder, ids, top.TotalHits);
            if (storedFields)
            {
                var visible = new JsonArray();
                foreach (var document in hits)
                {
                    if (await CanSeeAsync(authorization, holder.Profile, Probe(document)))
                    {
                        visible.Add(Stored(document));
                    }
                }
                result["items"] = visible;
            }
            return TypedResults.Text(result.ToJsonString(), "application/json; charset=utf-8");
        }
        finally
        {
            holder.Searchers.Release(searcher);
        }
    }

    private static async Task<bool> CanSeeAsync(ContentAuthorization authorization, IndexProfile profile, ContentItem item) =>
        profile.IndexLatest
            ? await authorization.CanAsync(ContentPermissions.PreviewContent, item)
            : item.Published && await authorization.CanAsync(ContentPermissions.ViewContent, item);

    /// <summary>An item with what the authorizer asks about (type, owner, published), read from a document's stored fields.</summary>
    private static ContentItem Probe(Lucene.Net.Documents.Document document)
    {
        string? Get(string name) => document.Get(ContentDocumentBuilder.Prefix + name, System.Globalization.CultureInfo.InvariantCulture);
        return new ContentItem(Get("ContentType") ?? "")
        {
            ContentItemId = document.Get(ContentDocumentBuilder.IdField, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Owner = Get("Owner"),
            Published = Get("Published") == "true",
        };
    }

    private static JsonObject Stored(Lucene.Net.Documents.Document document)
    {
        var fields = new JsonObject();
        foreach (var field in document.Fields)
        {
            fields[field.Name] = field.GetStringValue(System.Globalization.CultureInfo.InvariantCulture) ?? field.GetDoubleValue()?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return fields;
    }
}
