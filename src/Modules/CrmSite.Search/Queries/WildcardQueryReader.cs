using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": "orch*"} or {"F": {"value" (or "wildcard"), "boost"}}, not analysed; '*' is any run of characters, '?' one.
internal static class WildcardQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "wildcard");
        var (pattern, boost) = PatternValue.Read(field, "wildcard");
        WildcardPattern.Check(pattern, field.Path, context.Limits);
        return new WildcardQuery(new Term(field.Name, pattern))
        {
            MultiTermRewriteMethod = context.ExpansionRewrite(),
            Boost = boost ?? 1f,
        };
    }
}
