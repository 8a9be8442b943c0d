using System.Text.Json;
using CrmSite.Content.Store;

namespace CrmSite.Search.SavedQueries;

/// <summary>Reads and writes the saved queries in the store, inside the caller's transaction; a write clears this node's <see cref="SavedQueryCache"/>.</summary>
public sealed class SavedQueryStore(DocumentStore documents, SavedQueryCache cache)
{
    public async Task<SavedQueryDocument> GetAsync(CancellationToken cancellationToken) =>
        (await documents.GetAsync<SavedQueryDocument>(SavedQueryDocument.Name, cancellationToken)).Document;

    /// <summary>Adds each query, or replaces the one of the same name; writes only when something changed.</summary>
    public async Task SaveAsync(IEnumerable<SavedQuery> queries, CancellationToken cancellationToken)
    {
        var (document, version) = await documents.GetAsync<SavedQueryDocument>(SavedQueryDocument.Name, cancellationToken);
        var before = JsonSerializer.Serialize(document);
        foreach (var query in queries)
        {
            var existing = document.Find(query.Name);
            if (existing is null)
            {
                document.Queries.Add(query);
            }
            else
            {
                document.Queries[document.Queries.IndexOf(existing)] = query;
            }
        }
        if (JsonSerializer.Serialize(document) != before)
        {
            await documents.SaveAsync(SavedQueryDocument.Name, document, version, cancellationToken);
            cache.Clear();
        }
    }
}
