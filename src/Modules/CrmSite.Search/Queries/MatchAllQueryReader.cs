using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

internal static class MatchAllQueryReader
{
    public static Query Read(JsonNode? body, string path)
    {
        var obj = DslJson.Object(body, path, "a match_all query");
        DslJson.OnlyKeys(obj, path, "boost");
        var query = new MatchAllDocsQuery();
        if (obj.TryGetPropertyValue("boost", out var boost))
        {
            query.Boost = DslJson.Boost(boost, DslPath.Child(path, "boost"));
        }

        return query;
    }
}
