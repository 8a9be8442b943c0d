using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// Elasticsearch's bool: filter clauses must match but do not score; must_not clauses alone leave everything else
// (Lucene's pure negative BooleanQuery would match nothing).
internal static class BoolQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context, int depth)
    {
        var obj = DslJson.Object(body, path, "a bool query");
        var query = new BooleanQuery();
        var positive = false;
        var shouldCount = 0;
        (JsonNode? Value, string Path)? minimumShouldMatch = null;
        foreach (var (key, value) in obj)
        {
            var keyPath = DslPath.Child(path, key);
            switch (key)
            {
                case "must" or "filter" or "should" or "must_not" or "mustnot":
                    var occur = key switch { "should" => Occur.SHOULD, "must_not" or "mustnot" => Occur.MUST_NOT, _ => Occur.MUST };
                    foreach (var (clause, clausePath) in Clauses(value, keyPath))
                    {
                        context.TakeClauses(1, clausePath);
                        var child = QueryReader.Read(clause, clausePath, context, depth + 1);
                        query.Add(key == "filter" ? new ConstantScoreQuery(child) { Boost = 0f } : child, occur);
                        positive |= occur != Occur.MUST_NOT;
                        shouldCount += occur == Occur.SHOULD ? 1 : 0;
                    }

                    break;
                case "boost":
                    query.Boost = DslJson.Boost(value, keyPath);
                    break;
                case "minimum_should_match":
                    minimumShouldMatch = (value, keyPath);
                    break;
                default:
                    throw new QueryDslException(keyPath, $"unknown bool property '{key}'; expected must, filter, should, must_not, minimum_should_match or boost");
            }
        }

        // As in Elasticsearch, a bool with nothing that must or should match (even an empty one) matches everything
        // its must_not clauses leave.
        if (!positive)
        {
            context.TakeClauses(1, path);
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        if (minimumShouldMatch is { } msm)
        {
            query.MinimumNumberShouldMatch = MinimumShouldMatch(msm.Value, msm.Path, shouldCount);
        }

        return query;
    }

    private static List<(JsonNode? Clause, string Path)> Clauses(JsonNode? value, string path)
    {
        switch (DslJson.Kind(value))
        {
            case JsonValueKind.Object:
                return [(value, path)];
            case JsonValueKind.Array:
                return value!.AsArray().Select((clause, index) => (clause, DslPath.Item(path, index))).ToList();
            default:
                throw new QueryDslException(path, $"must be a query or an array of queries, not {DslJson.Describe(value)}");
        }
    }

    // An integer (negative: all but that many) or a percentage ("75%", "-25%") of the should clauses.
    private static int MinimumShouldMatch(JsonNode? value, string path, int shouldCount)
    {
        var text = DslJson.Kind(value) == JsonValueKind.String ? value!.GetValue<string>().Trim() : null;
        if (text is not null && text.EndsWith('%'))
        {
            if (!int.TryParse(text[..^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent) || percent is < -100 or > 100)
            {
                throw new QueryDslException(path, "must be an integer or a percentage between -100% and 100%");
            }

            var part = shouldCount * Math.Abs(percent) / 100;
            return percent < 0 ? shouldCount - part : part;
        }

        var count = DslJson.Int(value, path, -shouldCount, int.MaxValue);
        return count < 0 ? shouldCount + count : count;
    }
}
