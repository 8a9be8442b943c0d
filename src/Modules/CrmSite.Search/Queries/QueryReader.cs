using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// Reads one query object ({"<type>": body}) and hands the body to the reader of that type.
internal static class QueryReader
{
    public static readonly IReadOnlyList<string> Types =
    [
        "bool", "fuzzy", "match", "match_all", "match_phrase", "prefix", "query_string", "range",
        "simple_query_string", "term", "terms", "wildcard",
    ];

    public static Query Read(JsonNode? node, string path, DslContext context, int depth)
    {
        if (depth > context.Limits.MaxDepth)
        {
            throw new QueryDslException(path, $"queries are nested deeper than {context.Limits.MaxDepth} levels");
        }

        var obj = DslJson.Object(node, path, "a query");
        if (obj.Count != 1)
        {
            throw new QueryDslException(path, $"a query has exactly one query type, one of: {string.Join(", ", Types)}");
        }

        var (type, body) = obj.First();
        var typePath = DslPath.Child(path, type);
        try
        {
            return Build(type, body, typePath, context, depth);
        }
        catch (Exception ex) when (ex is not QueryDslException and not OutOfMemoryException)
        {
            // Lucene reports bad arguments with its own exception types; the caller only ever sees ours.
            throw new QueryDslException(typePath, $"invalid {type} query: {ex.Message}");
        }
    }

    private static Query Build(string type, JsonNode? body, string path, DslContext context, int depth) => type switch
    {
        "match_all" => MatchAllQueryReader.Read(body, path),
        "bool" => BoolQueryReader.Read(body, path, context, depth),
        "match" => MatchQueryReader.Read(body, path, context),
        "match_phrase" => MatchPhraseQueryReader.Read(body, path, context),
        "term" => TermQueryReader.Read(body, path, context),
        "terms" => TermsQueryReader.Read(body, path, context),
        "prefix" => PrefixQueryReader.Read(body, path, context),
        "wildcard" => WildcardQueryReader.Read(body, path, context),
        "fuzzy" => FuzzyQueryReader.Read(body, path, context),
        "range" => RangeQueryReader.Read(body, path, context),
        "query_string" => QueryStringReader.Read(body, path, context, depth),
        "simple_query_string" => SimpleQueryStringReader.Read(body, path, context, depth),
        _ => throw new QueryDslException(path, $"unknown query type '{type}'; known types: {string.Join(", ", Types)}"),
    };
}
