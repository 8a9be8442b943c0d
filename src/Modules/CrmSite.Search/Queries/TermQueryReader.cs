using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": "value"} or {"F": {"value", "boost"}}, not analysed. Booleans are the "true"/"false" text Orchard indexes;
// numbers are exact matches on a numeric field (see NumericQueries).
internal static class TermQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "term");
        if (field.Value is not JsonObject options)
        {
            return Single(field.Name, field.Value, field.Path, context);
        }

        DslJson.OnlyKeys(options, field.Path, "value", "boost");
        var query = Single(field.Name, DslJson.Required(options, field.Path, "value"), DslPath.Child(field.Path, "value"), context);
        if (options.TryGetPropertyValue("boost", out var boost))
        {
            query.Boost = DslJson.Boost(boost, DslPath.Child(field.Path, "boost"));
        }

        return query;
    }

    public static Query Single(string field, JsonNode? value, string path, DslContext context)
    {
        var kind = context.NumericKindOf(field);
        if (JsonNumber.TryRead(value, out var number))
        {
            return NumericQueries.Exact(field, kind ?? NumericQueries.Guess(number, null), number, path);
        }

        var text = DslJson.Scalar(value, path);
        if (kind is { } numeric && DslJson.Kind(value) == JsonValueKind.String)
        {
            return JsonNumber.TryParse(text, out number)
                ? NumericQueries.Exact(field, numeric, number, path)
                : throw new QueryDslException(path, $"must be a number: '{field}' is a numeric field");
        }

        return new TermQuery(new Term(field, text));
    }
}
