using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": "term"} or {"F": {"value", "fuzziness", "prefix_length", "max_expansions", "transpositions", "boost"}},
// not analysed. Defaults are Orchard's: two edits, 50 expansions (never more than MaxTermExpansions).
internal static class FuzzyQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "fuzzy");
        var maxExpansions = Math.Min(MatchQueryReader.DefaultMaxExpansions, context.Limits.MaxTermExpansions);
        if (field.Value is not JsonObject options)
        {
            return new FuzzyQuery(new Term(field.Name, DslJson.String(field.Value, field.Path)), 2, 0, maxExpansions, true);
        }

        DslJson.OnlyKeys(options, field.Path, "value", "fuzziness", "prefix_length", "max_expansions", "transpositions", "boost");
        var value = DslJson.Scalar(DslJson.Required(options, field.Path, "value"), DslPath.Child(field.Path, "value"));
        var fuzziness = new Fuzziness(2);
        var prefixLength = 0;
        var transpositions = true;
        float? boost = null;
        foreach (var (key, node) in options)
        {
            var keyPath = DslPath.Child(field.Path, key);
            switch (key)
            {
                case "fuzziness":
                    fuzziness = Fuzziness.Read(node, keyPath);
                    break;
                case "prefix_length":
                    prefixLength = DslJson.Int(node, keyPath, 0, int.MaxValue);
                    break;
                case "max_expansions":
                    maxExpansions = DslJson.Int(node, keyPath, 1, context.Limits.MaxTermExpansions);
                    break;
                case "transpositions":
                    transpositions = DslJson.Bool(node, keyPath);
                    break;
                case "boost":
                    boost = DslJson.Boost(node, keyPath);
                    break;
            }
        }

        var term = new Term(field.Name, value);
        var edits = fuzziness.EditsFor(value);
        Query query = edits == 0 ? new TermQuery(term) : new FuzzyQuery(term, edits, prefixLength, maxExpansions, transpositions);
        query.Boost = boost ?? query.Boost;
        return query;
    }
}
