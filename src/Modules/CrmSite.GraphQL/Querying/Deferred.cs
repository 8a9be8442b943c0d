using GraphQL.DataLoader;

namespace CrmSite.GraphQL.Querying;

/// <summary>
/// A result GraphQL.NET awaits after the rest of the level has run, like a data loader's: it lets a resolver
/// combine or shape batched loads (several picked ids, a page of a list) without fetching before the batch is full.
/// </summary>
public sealed class Deferred<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await resolve(cancellationToken);
}
