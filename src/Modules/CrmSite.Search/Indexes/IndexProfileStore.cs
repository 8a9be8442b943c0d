using CrmSite.Content.Store;

namespace CrmSite.Search.Indexes;

/// <summary>Reads and writes the index profiles in the store, inside the caller's transaction.</summary>
public sealed class IndexProfileStore(DocumentStore documents)
{
    public async Task<IndexProfileDocument> GetAsync(CancellationToken cancellationToken) =>
        (await documents.GetAsync<IndexProfileDocument>(IndexProfileDocument.Name, cancellationToken)).Document;

    /// <summary>Applies <paramref name="change"/> to the profiles and saves them when they changed.</summary>
    public async Task UpdateAsync(Action<IndexProfileDocument> change, CancellationToken cancellationToken)
    {
        var (document, version) = await documents.GetAsync<IndexProfileDocument>(IndexProfileDocument.Name, cancellationToken);
        var before = System.Text.Json.JsonSerializer.Serialize(document);
        change(document);
        if (System.Text.Json.JsonSerializer.Serialize(document) != before)
        {
            await documents.SaveAsync(IndexProfileDocument.Name, document, version, cancellationToken);
        }
    }
}
