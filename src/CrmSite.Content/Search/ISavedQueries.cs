using System.Text.Json.Nodes;

namespace CrmSite.Content.Search;

/// <summary>
/// The saved Lucene queries (Orchard's Queries, imported by the <c>Queries</c> recipe step), listed and run by
/// name for surfaces other than <c>/api/queries</c>, such as GraphQL. Running one is checked as the REST API checks
/// it: the caller needs ExecuteApiAll or the query's own <c>ExecuteApi_{Name}</c>, an index of drafts needs
/// PreviewContent, and only hits the caller may see are returned.
/// </summary>
public interface ISavedQueries
{
    /// <summary>
    /// The saved queries with the version stamp of the document they were read from. Cached per node and checked
    /// against the stored stamp every few seconds (at once after a save on this node), so it can be asked on every
    /// request: most calls read nothing from the store.
    /// </summary>
    Task<SavedQueryCatalog> GetCatalogAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Renders the query's template with <paramref name="parameters"/> and runs it for the caller. Failures
    /// (unknown query, no permission, parameters the template cannot use, a rendered query the DSL rejects, an index
    /// being reopened) come back as <see cref="SavedQueryResult.Problem"/>, never as exceptions.
    /// </summary>
    Task<SavedQueryResult> RunAsync(string name, JsonObject parameters, CancellationToken cancellationToken);
}
