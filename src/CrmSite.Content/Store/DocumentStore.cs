using System.Text.Json;
using System.Text.Json.Nodes;
using CrmSite.Content.Items;
using Microsoft.EntityFrameworkCore;

namespace CrmSite.Content.Store;

/// <summary>Reads and writes named JSON documents; every write bumps the version stamp, and a stale write fails.</summary>
public sealed class DocumentStore(CrmSiteDbContext db)
{
    /// <summary>The stamp of <paramref name="name"/>, or 0 when it does not exist.</summary>
    public Task<long> GetVersionAsync(string name, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().Where(d => d.Name == name).Select(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The document and its stamp; a new <typeparamref name="T"/> with stamp 0 when it does not exist.</summary>
    public async Task<(T Document, long Version)> GetAsync<T>(string name, CancellationToken cancellationToken)
        where T : new()
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        return record is null
            ? (new T(), 0)
            : (JsonSerializer.Deserialize<T>(record.Content, ContentJson.SerializerOptions) ?? new T(), record.Version);
    }

    /// <summary>A document as a JSON object (empty with stamp 0 when it does not exist).</summary>
    public async Task<(JsonObject Document, long Version)> GetJsonAsync(string name, CancellationToken cancellationToken)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        return record is null ? ([], 0) : (ContentJson.ParseObject(record.Content), record.Version);
    }

    /// <summary>Writes the document if its stamp is still <paramref name="expectedVersion"/>; returns the new stamp.</summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed the document first.</exception>
    public async Task<long> SaveAsync<T>(string name, T document, long expectedVersion, CancellationToken cancellationToken)
    {
        var content = JsonSerializer.Serialize(document, ContentJson.SerializerOptions);
        var newVersion = expectedVersion + 1;
        if (expectedVersion == 0)
        {
            db.Documents.Add(new DocumentRecord { Name = name, Content = content, Version = newVersion });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return newVersion;
        }
        var updated = await db.Documents
            .Where(d => d.Name == name && d.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Content, content).SetProperty(d => d.Version, newVersion), cancellationToken);
        if (updated == 0)
        {
            throw new DbUpdateConcurrencyException($"Document '{name}' was changed by another writer.");
        }
        return newVersion;
    }
}
