using System.Collections.Concurrent;
using CrmSite.Content.Store;
using CrmSite.Search.Indexes;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace CrmSite.Search.Indexing;

/// <summary>
/// This node's open indexes, one <see cref="IndexHolder"/> each under <c>&lt;data&gt;/Lucene/&lt;name&gt;</c>. A folder
/// another process holds (two nodes sharing a data folder) gives this node a private folder of its own instead.
/// </summary>
public sealed class LuceneIndexes(StoreOptions store, ILogger<LuceneIndexes> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, IndexHolder> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _privateFolders = [];

    public string Root => Path.Combine(store.DataPath, "Lucene");

    public IReadOnlyCollection<IndexHolder> Open => [.. _open.Values];

    public IndexHolder? Find(string name) => _open.GetValueOrDefault(name);

    /// <summary>The holder of <paramref name="profile"/>, opened on first use.</summary>
    public IndexHolder Get(IndexProfile profile)
    {
        if (_open.TryGetValue(profile.Name, out var holder))
        {
            if (IndexProfileSettings.Same(holder.Profile, profile))
            {
                holder.Profile = profile;
                return holder;
            }
            // Another analyzer or other synonyms: reopen; the generation on disk is behind, so it is rebuilt.
            Close(profile.Name);
        }
        lock (_open)
        {
            return _open.GetOrAdd(profile.Name, _ => OpenHolder(profile));
        }
    }

    /// <summary>Closes an index whose profile is gone.</summary>
    public void Close(string name)
    {
        if (_open.TryRemove(name, out var holder))
        {
            holder.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var holder in _open.Values)
        {
            holder.Dispose();
        }
        _open.Clear();
        foreach (var folder in _privateFolders)
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A private folder that cannot be removed now is only disk space.
            }
        }
    }

    private IndexHolder OpenHolder(IndexProfile profile)
    {
        var path = Path.Combine(Root, profile.Name);
        try
        {
            var holder = new IndexHolder(path, profile);
            if (holder.Corrupted)
            {
                logger.LogWarning("Index {Index} could not be opened and is rebuilt from the store.", profile.Name);
            }
            return holder;
        }
        catch (LockObtainFailedException)
        {
            var own = path + "." + Guid.NewGuid().ToString("N")[..8];
            _privateFolders.Add(own);
            logger.LogInformation("Index folder {Path} is held by another process; this node indexes into {Own}.", path, own);
            return new IndexHolder(own, profile);
        }
    }
}
