using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": ["a", "b"], "boost": b}: any of the values, each read as a term query reads it.
internal static class TermsQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "terms", "boost");
        if (field.Value is not JsonArray values)
        {
            throw new QueryDslException(field.Path, $"must be an array of values, not {DslJson.Describe(field.Value)}");
        }

        context.TakeClauses(values.Count, field.Path);
        var query = new BooleanQuery();
        for (var index = 0; index < values.Count; index++)
        {
            query.Add(TermQueryReader.Single(field.Name, values[index], DslPath.Item(field.Path, index), context), Occur.SHOULD);
        }

        if (body!.AsObject().TryGetPropertyValue("boost", out var boost))
        {
            query.Boost = DslJson.Boost(boost, DslPath.Child(path, "boost"));
        }

        return query;
    }
}
