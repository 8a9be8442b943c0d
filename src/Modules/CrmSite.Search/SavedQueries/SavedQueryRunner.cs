using System.Text.Json.Nodes;
using CrmSite.Content.Search;
using CrmSite.Content.Store;
using CrmSite.Search.Api;
using CrmSite.Search.Indexing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace CrmSite.Search.SavedQueries;

/// <summary>
/// Saved queries for other modules (<see cref="ISavedQueries"/>, e.g. GraphQL's saved-query fields): listed from a
/// node-wide cache whose stamp is checked every few seconds (<see cref="SavedQueryCache"/>), and run as <c>/api/queries/{name}</c> runs them, through
/// <see cref="LuceneQueryRunner"/>, with the same permission (ExecuteApiAll or <c>ExecuteApi_{Name}</c>) and checks.
/// </summary>
public sealed class SavedQueryRunner(DocumentStore documents, SavedQueryCache cache, QueryTemplates templates, LuceneQueryRunner runner,
    IAuthorizationService authorization, IHttpContextAccessor accessor) : ISavedQueries
{
    public async Task<SavedQueryCatalog> GetCatalogAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Catalog;

    public async Task<SavedQueryResult> RunAsync(string name, JsonObject parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var query = (await CurrentAsync(cancellationToken)).Document.Find(name);
        if (query is null)
        {
            return Failed(SearchProblemKind.NotFound, "name", $"There is no query named '{name}'.");
        }
        if (!await QueriesPermissions.CanExecuteAsync(authorization, accessor.HttpContext!.User, query.Name))
        {
            return Failed(SearchProblemKind.AccessDenied, "name",
                $"{QueriesPermissions.ForQuery(query.Name)} (or {QueriesPermissions.ExecuteApiAll.Name}) is required to run the query '{query.Name}'.");
        }
        string rendered;
        try
        {
            rendered = await templates.RenderAsync(query, parameters);
        }
        catch (QueryTemplateException e)
        {
            return Failed(SearchProblemKind.InvalidInput, e.Member, e.Message);
        }
        var found = await runner.SearchAsync(query.Index, rendered, cancellationToken);
        if (found.Problem is { } problem)
        {
            return SavedQueryResult.Failed(problem);
        }
        var hits = new List<SavedQueryHit>(found.Documents.Count);
        foreach (var document in found.Documents)
        {
            if (await runner.CanSeeAsync(found.Profile!, StoredItem.Probe(document)))
            {
                hits.Add(new SavedQueryHit(StoredItem.Get(document, ContentDocumentBuilder.IdField),
                    query.ReturnContentItems ? [] : LuceneQueryRunner.Stored(document)));
            }
        }
        return new SavedQueryResult(null, found.Count, found.Profile!.IndexLatest, found.TimedOut, hits);
    }

    // Saved queries are only written by the Queries step, inside a recipe's transaction; nothing reads them through
    // here in that transaction, so what is cached is always committed.
    private async Task<SavedQueryCache.Entry> CurrentAsync(CancellationToken cancellationToken)
    {
        if (cache.Fresh is { } fresh)
        {
            return fresh;
        }
        var stamp = await documents.GetVersionAsync(SavedQueryDocument.Name, cancellationToken);
        if (cache.Last is { } last && last.Version == stamp)
        {
            return cache.Set(last.Version, last.Document, last.Catalog);
        }
        var (document, version) = await documents.GetAsync<SavedQueryDocument>(SavedQueryDocument.Name, cancellationToken);
        return cache.Set(version, document,
            new SavedQueryCatalog(version, [.. document.Queries.Select(q => new SavedQueryInfo(q.Name, q.Schema, q.ReturnContentItems))]));
    }

    private static SavedQueryResult Failed(SearchProblemKind kind, string member, string message) =>
        SavedQueryResult.Failed(new SearchProblem(kind, member, message));
}
