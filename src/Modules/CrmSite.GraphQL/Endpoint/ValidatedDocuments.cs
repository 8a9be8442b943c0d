using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace CrmSite.GraphQL.Endpoint;

/// <summary>
/// Documents that have been parsed and have passed the rules that do not depend on the request's variables, by
/// schema and query text: a client that sends the same query again (with other variables, say) skips parsing and
/// those rules. Only the rules that read variables run again (<see cref="GraphQLRunner"/>). A rebuilt schema is a
/// new key, so a document is never trusted against a schema it was not checked against. Bounded by the total
/// length of the cached queries; the least recently used go first.
/// </summary>
public sealed class ValidatedDocuments : IDisposable
{
    private readonly MemoryCache _cache;

    public ValidatedDocuments(long maxQueryCharacters = 4 * 1024 * 1024) =>
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxQueryCharacters, CompactionPercentage = 0.25 });

    /// <summary>The document of <paramref name="query"/> checked against <paramref name="schema"/>, or null.</summary>
    public GraphQLDocument? Find(global::GraphQL.Types.ISchema schema, string query) =>
        _cache.TryGetValue(new Key(schema, query), out GraphQLDocument? document) ? document : null;

    /// <summary>Remembers a document that passed validation against <paramref name="schema"/>.</summary>
    public void Add(global::GraphQL.Types.ISchema schema, string query, GraphQLDocument document) =>
        _cache.Set(new Key(schema, query), document, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromHours(1) });

    public void Dispose() => _cache.Dispose();

    // Schemas compare by reference: each rebuild is a new instance.
    private readonly record struct Key(global::GraphQL.Types.ISchema Schema, string Query);
}
