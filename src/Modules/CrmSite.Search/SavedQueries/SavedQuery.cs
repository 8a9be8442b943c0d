namespace CrmSite.Search.SavedQueries;

/// <summary>
/// A named Lucene query kept in the store, as Orchard's Queries feature keeps one: the index it runs against, a
/// Liquid template that renders the query DSL from the caller's parameters, the JSON schema of those parameters
/// (kept for clients, not enforced), and whether it answers content items or the stored fields of the documents.
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
