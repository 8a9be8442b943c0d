using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// Reads Orchard's Lucene query DSL, {query, size, from, sort}, into a Lucene query. Whatever the input, the only
// exception is QueryDslException, with the JSON path of the problem. numericFields says how numeric fields are
// indexed; without it a range or term with number bounds follows Orchard (integers: Int64Field, others: DoubleField).
public static class QueryDsl
{
    // As Elasticsearch's index.max_result_window: paging deeper makes Lucene collect from + size hits first.
    public const int MaxResultWindow = 10_000;

    private static readonly IReadOnlyDictionary<string, NumericKind> NoNumericFields = new Dictionary<string, NumericKind>();

    public static ParsedQuery Parse(string json, Analyzer analyzer, QueryLimits limits) =>
        Parse(json, analyzer, limits, NoNumericFields);

    public static ParsedQuery Parse(JsonObject root, Analyzer analyzer, QueryLimits limits) =>
        Parse(root, analyzer, limits, NoNumericFields);

    public static ParsedQuery Parse(string json, Analyzer analyzer, QueryLimits limits, IReadOnlyDictionary<string, NumericKind> numericFields)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new QueryDslException(DslPath.Root, "the request is empty; expected a JSON object");
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // ArgumentException: text with a lone surrogate cannot be transcoded to UTF-8 for the reader.
            throw new QueryDslException(DslPath.FromJsonPath((ex as JsonException)?.Path), $"the request is not valid JSON: {ex.Message}");
        }

        return node is JsonObject root
            ? Parse(root, analyzer, limits, numericFields)
            : throw new QueryDslException(DslPath.Root, $"the request must be a JSON object, not {DslJson.Describe(node)}");
    }

    public static ParsedQuery Parse(JsonObject root, Analyzer analyzer, QueryLimits limits, IReadOnlyDictionary<string, NumericKind> numericFields)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(numericFields);
        CheckLimits(limits);
        try
        {
            return Read(root, new DslContext(analyzer, limits, numericFields));
        }
        catch (Exception ex) when (ex is not QueryDslException and not OutOfMemoryException)
        {
            // A JsonObject parsed without duplicate checks throws when first read; nothing else is expected here.
            throw new QueryDslException(DslPath.Root, $"the request cannot be read: {ex.Message}");
        }
    }

    // Limits come from configuration, not from the request: a bad one is the server's fault, not a 400.
    private static void CheckLimits(QueryLimits limits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxSize);
        ArgumentOutOfRangeException.ThrowIfNegative(limits.DefaultSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limits.DefaultSize, limits.MaxSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxClauses, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxTermExpansions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxDepth, 1);
    }

    private static ParsedQuery Read(JsonObject root, DslContext context)
    {
        var limits = context.Limits;
        DslJson.OnlyKeys(root, DslPath.Root, "query", "size", "from", "sort");
        var size = limits.DefaultSize;
        if (root["size"] is { } sizeNode)
        {
            size = DslJson.Int(sizeNode, "size", 0, int.MaxValue);
            if (size > limits.MaxSize)
            {
                throw new QueryDslException("size", $"size must be at most {limits.MaxSize}");
            }
        }

        var from = root["from"] is { } fromNode ? DslJson.Int(fromNode, "from", 0, int.MaxValue) : 0;
        var window = Math.Max(MaxResultWindow, limits.MaxSize);
        if ((long)from + size > window)
        {
            throw new QueryDslException("from", $"from + size must be at most {window}");
        }

        var query = root["query"] is { } queryNode ? QueryReader.Read(queryNode, "query", context, 1) : new MatchAllDocsQuery();
        return new ParsedQuery(query, size, from, SortReader.Read(root["sort"], "sort", context));
    }
}
