namespace CrmSite.Search.SavedQueries;

/// <summary>
/// A named Lucene query kept in the store, as Orchard's Queries feature keeps one: the index it runs against, a
/// Liquid template that renders the query DSL from the caller's parameters, its <c>Schema</c> (not enforced: GraphQL
/// reads Orchard's <c>type: ContentItem/{Type}</c> and <c>properties</c> from it, clients may read a description of
/// the parameters), and whether it answers content items or the stored fields of the documents.
/// </summary>
public sealed record SavedQuery
{
    public const string LuceneSource = "Lucene";

    public required string Name { get; init; }

    public string Source { get; init; } = LuceneSource;

    public required string Index { get; init; }

    public required string Template { get; init; }

    public string Schema { get; init; } = "";

    public bool ReturnContentItems { get; init; }
}
