namespace CrmSite.GraphQL;

/// <summary>The GraphQL endpoint's limits, from <c>CrmSite:GraphQL</c>; every limit is on by default.</summary>
public sealed class GraphQLOptions
{
    /// <summary>The deepest selection a document may nest.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest complexity a document may have: each field counts 1, and a list field multiplies what is
    /// below it by its <c>first</c> argument (or the default page size).
    /// </summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Items a list returns when the query names no <c>first</c>.</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>The most items one list may return.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>The most conditions one <c>where</c> argument may hold, counting every comparison at every level.</summary>
    public int MaxFilterConditions { get; set; } = 100;

    /// <summary>The most operations one batched request may hold.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>The largest request body or query string accepted, in bytes; larger ones get 413.</summary>
    public int MaxQueryBytes { get; set; } = 64 * 1024;

    /// <summary>Whether the schema may be introspected (GraphiQL needs it); switch off in production if wanted.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Whether error messages carry exception details; only ever on in Development.</summary>
    public bool ExposeExceptions { get; set; }
}
