using System.Globalization;
using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"query", "fields": ["F^2", "G"], "default_operator", "boost"}: Lucene's simple syntax (+ | - " * ~ ( )), which
// never fails to parse. Without fields the text searches Orchard's full-text field.
internal static class SimpleQueryStringReader
{
    public static Query Read(JsonNode? body, string path, DslContext context, int depth)
    {
        var options = DslJson.Object(body, path, "a simple_query_string query");
        DslJson.OnlyKeys(options, path, "query", "fields", "default_operator", "boost");
        var textPath = DslPath.Child(path, "query");
        var text = DslJson.String(DslJson.Required(options, path, "query"), textPath);
        var weights = options.TryGetPropertyValue("fields", out var fields)
            ? Weights(fields, DslPath.Child(path, "fields"))
            : new Dictionary<string, float>(StringComparer.Ordinal) { [DslContext.DefaultTextField] = 1f };

        QueryTextNesting.Check(text, textPath, context.Limits.MaxDepth - depth);
        var parser = new DslSimpleQueryParser(context.Analyzer, weights, context.Limits);
        if (options.TryGetPropertyValue("default_operator", out var op))
        {
            parser.DefaultOperator = DslJson.IsAnd(op, DslPath.Child(path, "default_operator")) ? Occur.MUST : Occur.SHOULD;
        }

        Query? parsed;
        try
        {
            parsed = parser.Parse(text);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QueryDslException(textPath, $"the query text has more than {Math.Min(context.Limits.MaxClauses, BooleanQuery.MaxClauseCount)} terms");
        }

        // The simple parser returns null for text with no terms; an empty BooleanQuery finds nothing, as Orchard's did.
        var query = parsed ?? new BooleanQuery();
        context.TakeClauses(QueryClauses.Count(query), textPath);
        if (options.TryGetPropertyValue("boost", out var boost))
        {
            query.Boost = DslJson.Boost(boost, DslPath.Child(path, "boost"));
        }

        return query;
    }

    private static Dictionary<string, float> Weights(JsonNode? fields, string path)
    {
        if (fields is not JsonArray array || array.Count == 0)
        {
            throw new QueryDslException(path, "must be a non-empty array of field names");
        }

        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var index = 0; index < array.Count; index++)
        {
            var itemPath = DslPath.Item(path, index);
            var parts = DslJson.String(array[index], itemPath).Split('^', 2);
            var weight = 1f;
            if (string.IsNullOrWhiteSpace(parts[0])
                || (parts.Length == 2 && (!float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !float.IsFinite(weight) || weight < 0)))
            {
                throw new QueryDslException(itemPath, "must be a field name, optionally with a weight: \"Field^2\"");
            }

            weights[parts[0]] = weight;
        }

        return weights;
    }
}
