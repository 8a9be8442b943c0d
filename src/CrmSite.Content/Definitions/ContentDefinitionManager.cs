using System.Text.Json;
using CrmSite.Content.Items;
using CrmSite.Content.Store;

namespace CrmSite.Content.Definitions;

/// <summary>
/// The content definitions as this request sees them: the node's cache, refreshed when the store's version stamp
/// has moved (another node, or another request, saved), plus what this request saved in its own transaction.
/// Treat the returned document as read-only; change a copy from <see cref="GetForUpdateAsync"/>.
/// </summary>
public sealed class ContentDefinitionManager(DocumentStore documents, ContentDefinitionCache cache)
{
    internal const string DocumentName = "ContentDefinitions";

    private ContentDefinitionCache.Entry? _scoped;

    /// <summary>The definitions, read once per scope.</summary>
    public async Task<ContentDefinitionDocument> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_scoped is not null)
        {
            return _scoped.Document;
        }
        var stamp = await documents.GetVersionAsync(DocumentName, cancellationToken);
        var cached = cache.Current;
        if (cached is null || cached.Version != stamp)
        {
            var (document, version) = await documents.GetAsync<ContentDefinitionDocument>(DocumentName, cancellationToken);
            cached = new ContentDefinitionCache.Entry(document, version);
            cache.Set(cached);
        }
        _scoped = cached;
        return cached.Document;
    }

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).FindType(name);

    /// <summary>A private copy of the definitions to change and pass to <see cref="SaveAsync"/>.</summary>
    public async Task<ContentDefinitionDocument> GetForUpdateAsync(CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(cancellationToken);
        var json = JsonSerializer.Serialize(current, ContentJson.SerializerOptions);
        return JsonSerializer.Deserialize<ContentDefinitionDocument>(json, ContentJson.SerializerOptions)!;
    }

    /// <summary>
    /// Saves the definitions in the current transaction; other nodes see them once it commits. Definitions equal
    /// to the stored ones are not written, so re-importing a recipe keeps the version stamp and every node's cache.
    /// </summary>
    public async Task SaveAsync(ContentDefinitionDocument document, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(cancellationToken);
        if (JsonSerializer.Serialize(current, ContentJson.SerializerOptions) == JsonSerializer.Serialize(document, ContentJson.SerializerOptions))
        {
            return;
        }
        var version = await documents.SaveAsync(DocumentName, document, _scoped!.Version, cancellationToken);
        // Only this scope sees the new definitions until the transaction commits: the shared cache is refreshed
        // from the stamp by the next scope, so a rolled-back save never leaks.
        _scoped = new ContentDefinitionCache.Entry(document, version);
    }

    /// <summary>Forgets this scope's view, e.g. after a rolled-back transaction.</summary>
    public void Reset() => _scoped = null;
}
