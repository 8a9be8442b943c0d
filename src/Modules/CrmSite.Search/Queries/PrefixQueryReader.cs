using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": "pre"} or {"F": {"value" (or "prefix"), "boost"}}, not analysed.
internal static class PrefixQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "prefix");
        var (prefix, boost) = PatternValue.Read(field, "prefix");
        return new PrefixQuery(new Term(field.Name, prefix))
        {
            MultiTermRewriteMethod = context.ExpansionRewrite(),
            Boost = boost ?? 1f,
        };
    }
}
