using GraphQL.DataLoader;

namespace CrmSite.GraphQL.Querying;

/// <summary>
/// Collects the keys a query level asks for and fetches them in one call when the first result is awaited, so a
/// level of N items costs one SQL command, not N. GraphQL.NET awaits data-loader results after the rest of a
/// level has run. One loader serves one request; execution is serial, so no locking is needed.
/// (GraphQL.NET's own DataLoader package is not served here; this is the small part of it CrmSite needs.)
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly TValue _missing = missing;
    private HashSet<TKey> _pending = [];

    /// <summary>How many fetches ran (each is one batch).</summary>
    public int Batches { get; private set; }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }
        return new Result(this, key);
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }
        var keys = _pending;
        _pending = [];
        Batches++;
        var values = await fetch(keys, cancellationToken);
        foreach (var key in keys)
        {
            _loaded[key] = values.TryGetValue(key, out var value) ? value : _missing;
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (loader._loaded.TryGetValue(key, out var value))
            {
                return value;
            }
            await loader.DispatchAsync(cancellationToken);
            return loader._loaded.TryGetValue(key, out value) ? value : loader._missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
