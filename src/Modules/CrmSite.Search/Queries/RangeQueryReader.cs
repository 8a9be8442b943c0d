using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": {"gt" | "gte": lower, "lt" | "lte": upper, "boost": b}}. Number bounds search a numeric field (see
// NumericQueries); string bounds are a term range over the indexed text, so dates must be indexed as text that sorts
// in time order (ISO 8601 in UTC, or Orchard's yyyyMMddHHmmss) and queried in the same form.
internal static class RangeQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "range");
        var options = DslJson.Object(field.Value, field.Path, "a range");
        DslJson.OnlyKeys(options, field.Path, "gt", "gte", "lt", "lte", "boost");
        var lower = Bound(options, field.Path, "gt", "gte");
        var upper = Bound(options, field.Path, "lt", "lte");
        if (lower is null && upper is null)
        {
            throw new QueryDslException(field.Path, "a range needs at least one of gt, gte, lt and lte");
        }

        var bounds = new[] { lower, upper }.OfType<RangeBound>().ToList();
        var kind = context.NumericKindOf(field.Name);
        Query query;
        if (kind is null && bounds.All(b => DslJson.Kind(b.Value) == JsonValueKind.String))
        {
            query = TermRangeQuery.NewStringRange(
                field.Name, lower?.Value!.GetValue<string>(), upper?.Value!.GetValue<string>(), lower?.Inclusive ?? false, upper?.Inclusive ?? false);
        }
        else
        {
            if (kind is null && bounds.Any(b => DslJson.Kind(b.Value) != JsonValueKind.Number))
            {
                throw new QueryDslException(field.Path, "the bounds must be all numbers or all strings");
            }

            var low = lower is null ? (JsonNumber?)null : Number(lower, field.Name);
            var high = upper is null ? (JsonNumber?)null : Number(upper, field.Name);
            query = NumericQueries.Range(
                field.Name, kind ?? NumericQueries.Guess(low, high), low, lower?.Inclusive ?? false, high, upper?.Inclusive ?? false, field.Path);
        }

        if (options.TryGetPropertyValue("boost", out var boost))
        {
            query.Boost = DslJson.Boost(boost, DslPath.Child(field.Path, "boost"));
        }

        return query;
    }

    private static RangeBound? Bound(JsonObject options, string path, string exclusive, string inclusive)
    {
        var hasExclusive = options.TryGetPropertyValue(exclusive, out var exclusiveValue);
        var hasInclusive = options.TryGetPropertyValue(inclusive, out var inclusiveValue);
        if (hasExclusive && hasInclusive)
        {
            throw new QueryDslException(path, $"give {exclusive} or {inclusive}, not both");
        }

        if (!hasExclusive && !hasInclusive)
        {
            return null;
        }

        var key = hasInclusive ? inclusive : exclusive;
        var bound = new RangeBound(hasInclusive ? inclusiveValue : exclusiveValue, hasInclusive, DslPath.Child(path, key));
        return DslJson.Kind(bound.Value) is JsonValueKind.String or JsonValueKind.Number
            ? bound
            : throw new QueryDslException(bound.Path, $"must be a number or a string, not {DslJson.Describe(bound.Value)}");
    }

    private static JsonNumber Number(RangeBound bound, string field) =>
        JsonNumber.TryRead(bound.Value, out var number)
            || (DslJson.Kind(bound.Value) == JsonValueKind.String && JsonNumber.TryParse(bound.Value!.GetValue<string>(), out number))
            ? number
            : throw new QueryDslException(bound.Path, $"must be a number: '{field}' is a numeric field");
}
