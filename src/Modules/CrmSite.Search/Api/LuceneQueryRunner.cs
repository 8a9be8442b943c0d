using System.Globalization;
using System.Text.Json.Nodes;
using CrmSite.Content.Api;
using CrmSite.Content.Definitions;
using CrmSite.Content.Items;
using CrmSite.Content.Management;
using CrmSite.Content.Search;
using CrmSite.Content.Security;
using CrmSite.Search.Indexes;
using CrmSite.Search.Indexing;
using CrmSite.Search.Queries;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Search.Api;

/// <summary>
/// Runs a query in Orchard's Lucene DSL against a named index for the caller, as the Lucene API and saved queries
/// do: an index of latest versions (drafts) needs PreviewContent, and each hit is checked by the authorizer, so a
/// caller only ever gets the items it may see (anonymous callers: published ones). The answer is
/// <c>{items, count}</c> (content items read from the store, or the stored fields of the documents), with
/// <c>timedOut: true</c> when the search ran out of time and answered what it had found.
/// </summary>
public sealed class LuceneQueryRunner(IndexProfileStore profiles, LuceneIndexes indexes, ContentReader reader,
    ContentAuthorization authorization, ContentDefinitionManager definitions, LuceneQueryOptions options)
{
    /// <summary>400 for an unknown index or a query the DSL rejects, 401/403 for drafts without PreviewContent, 503 while the index is reopened.</summary>
    public async Task<IResult> RunAsync(HttpContext http, string? indexName, string query, bool contentItems, CancellationToken cancellationToken)
    {
        var found = await SearchAsync(indexName, query, cancellationToken);
        if (found.Problem is { } problem)
        {
            return ProblemResult(http, problem);
        }
        var items = contentItems ? await ItemsAsync(found.Documents, found.Profile!, cancellationToken) : await DocumentsAsync(found.Documents, found.Profile!);
        var result = contentItems
            ? new JsonObject { ["items"] = items, ["count"] = found.Count }
            : new JsonObject { ["count"] = found.Count, ["items"] = items };
        if (found.TimedOut)
        {
            result["timedOut"] = true;
        }
        return TypedResults.Text(result.ToJsonString(), "application/json; charset=utf-8");
    }

    /// <summary>The problem as the Lucene API answers it.</summary>
    public static IResult ProblemResult(HttpContext http, SearchProblem problem)
    {
        switch (problem.Kind)
        {
            case SearchProblemKind.AccessDenied:
                return TypedResults.Problem(title: "Forbidden.", detail: problem.Message,
                    statusCode: http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
            case SearchProblemKind.Unavailable:
                http.Response.Headers.RetryAfter = "1";
                return TypedResults.Problem(title: "The index is being rebuilt.", detail: problem.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
            case SearchProblemKind.NotFound:
                return ApiProblems.Problem(StatusCodes.Status404NotFound, "Not found.", [ContentError.Verbatim(problem.Member, problem.Message)]);
            default:
                return ApiProblems.BadRequest(problem.Member, problem.Message);
        }
    }

    /// <summary>
    /// Runs <paramref name="query"/> on <paramref name="indexName"/> and reads the documents of the window the query
    /// asks for; the caller's per-hit checks are left to <see cref="CanSeeAsync"/>.
    /// </summary>
    public async Task<LuceneSearchOutcome> SearchAsync(string? indexName, string query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(indexName))
        {
            return LuceneSearchOutcome.Failed(SearchProblemKind.InvalidInput, "indexName", "Name the index to query (indexName).");
        }
        var profile = (await profiles.GetAsync(cancellationToken)).Find(indexName);
        var holder = profile is null ? null : indexes.Get(profile);
        if (profile is null || holder is null)
        {
            return LuceneSearchOutcome.Failed(SearchProblemKind.InvalidInput, "indexName", $"There is no index named '{indexName}'.");
        }
        if (profile.IndexLatest && !await authorization.CanAsync(ContentPermissions.PreviewContent, new ContentItem("")))
        {
            return LuceneSearchOutcome.Failed(SearchProblemKind.AccessDenied, "indexName", $"Index '{profile.Name}' holds drafts: PreviewContent is required.");
        }
        ParsedQuery parsed;
        try
        {
            parsed = QueryDsl.Parse(string.IsNullOrWhiteSpace(query) ? "{}" : query, holder.QueryAnalyzer, options.Limits,
                NumericFieldMap.Of(await definitions.GetAsync(cancellationToken)));
        }
        catch (QueryDslException e)
        {
            return LuceneSearchOutcome.Failed(SearchProblemKind.InvalidInput, e.Path is "" or "$" ? "query" : "query." + e.Path, e.Message);
        }
        IndexSearcher searcher;
        try
        {
            searcher = holder.Searchers.Acquire();
        }
        catch (ObjectDisposedException)
        {
            // The index was reopened with new analysis settings between finding it and searching it.
            return LuceneSearchOutcome.Failed(SearchProblemKind.Unavailable, "indexName", $"Index '{profile.Name}' was just reopened; try again.");
        }
        try
        {
            TimedTopDocs found;
            try
            {
                found = TimedSearch.Run(searcher, parsed, options.Clock, options.Limits.SearchTimeout);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or InvalidCastException or FormatException)
            {
                // Sorting on a field that was not indexed for sorting is found only by the search itself.
                return LuceneSearchOutcome.Failed(SearchProblemKind.InvalidInput, "query.sort", $"The index cannot answer this query: {e.Message}");
            }
            var documents = found.Top.ScoreDocs.Skip(parsed.From).Take(parsed.Size).Select(h => searcher.Doc(h.Doc)).ToList();
            return new LuceneSearchOutcome(null, holder.Profile, documents, found.Top.TotalHits, found.TimedOut);
        }
        finally
        {
            holder.Searchers.Release(searcher);
        }
    }

    private async Task<JsonArray> ItemsAsync(IReadOnlyList<Document> hits, IndexProfile profile, CancellationToken cancellationToken)
    {
        var items = new JsonArray();
        foreach (var id in hits.Select(d => d.Get(ContentDocumentBuilder.IdField, CultureInfo.InvariantCulture)).OfType<string>())
        {
            var item = await reader.GetAsync(id, profile.IndexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken);
            if (item is not null && await CanSeeAsync(profile, item))
            {
                items.Add(item.Data);
            }
        }
        return items;
    }

    private async Task<JsonArray> DocumentsAsync(IReadOnlyList<Document> hits, IndexProfile profile)
    {
        var visible = new JsonArray();
        foreach (var document in hits)
        {
            if (await CanSeeAsync(profile, StoredItem.Probe(document)))
            {
                visible.Add(Stored(document));
            }
        }
        return visible;
    }

    /// <summary>Whether the caller may see <paramref name="item"/> (a stored item, or a probe made from a document) found in <paramref name="profile"/>'s index.</summary>
    public async Task<bool> CanSeeAsync(IndexProfile profile, ContentItem item) =>
        profile.IndexLatest
            ? await authorization.CanAsync(ContentPermissions.PreviewContent, item)
            : item.Published && await authorization.CanAsync(ContentPermissions.ViewContent, item);

    /// <summary>A document's stored fields by name, as text; the site search's own fields are not Orchard's and are left out.</summary>
    public static JsonObject Stored(Document document)
    {
        var fields = new JsonObject();
        foreach (var field in document.Fields.Where(f => !SiteFields.IsSiteField(f.Name)))
        {
            fields[field.Name] = field.GetStringValue(CultureInfo.InvariantCulture) ?? field.GetDoubleValue()?.ToString(CultureInfo.InvariantCulture);
        }
        return fields;
    }
}
