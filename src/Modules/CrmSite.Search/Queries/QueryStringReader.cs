using System.Text.Json.Nodes;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"query", "default_field", "default_operator", "boost"}: Lucene's classic syntax. Without a default field the
// text searches Orchard's full-text field (Orchard itself searched the empty field name, which finds nothing).
internal static class QueryStringReader
{
    public static Query Read(JsonNode? body, string path, DslContext context, int depth)
    {
        var options = DslJson.Object(body, path, "a query_string query");
        DslJson.OnlyKeys(options, path, "query", "default_field", "default_operator", "boost");
        var textPath = DslPath.Child(path, "query");
        var text = DslJson.String(DslJson.Required(options, path, "query"), textPath);
        var defaultField = DslContext.DefaultTextField;
        if (options.TryGetPropertyValue("default_field", out var fieldNode))
        {
            var fieldPath = DslPath.Child(path, "default_field");
            defaultField = DslJson.String(fieldNode, fieldPath);
            if (string.IsNullOrWhiteSpace(defaultField))
            {
                throw new QueryDslException(fieldPath, "the field name is empty");
            }
        }

        QueryTextNesting.Check(text, textPath, context.Limits.MaxDepth - depth);
        var parser = new DslQueryParser(defaultField, context, textPath)
        {
            AllowLeadingWildcard = context.Limits.AllowLeadingWildcard,
            MultiTermRewriteMethod = context.ExpansionRewrite(),
        };
        if (options.TryGetPropertyValue("default_operator", out var op))
        {
            parser.DefaultOperator = DslJson.IsAnd(op, DslPath.Child(path, "default_operator")) ? Operator.AND : Operator.OR;
        }

        Query query;
        try
        {
            query = parser.Parse(text);
        }
        catch (ParseException ex)
        {
            throw new QueryDslException(textPath, $"the query string cannot be parsed: {ex.Message.Split('\n')[0].Trim()}");
        }

        context.TakeClauses(QueryClauses.Count(query), textPath);
        if (options.TryGetPropertyValue("boost", out var boost))
        {
            query.Boost = DslJson.Boost(boost, DslPath.Child(path, "boost"));
        }

        return query;
    }
}
