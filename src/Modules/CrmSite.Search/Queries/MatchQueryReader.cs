using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": "text"} or {"F": {"query", "operator", "fuzziness", "prefix_length", "max_expansions", "zero_terms_query",
// "boost"}}: the analysed terms of the text, any of them (or) or all of them (and).
internal static class MatchQueryReader
{
    public const int DefaultMaxExpansions = 50;

    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "match");
        var text = field.Value is JsonObject ? null : DslJson.Scalar(field.Value, field.Path);
        var occur = Occur.SHOULD;
        var fuzziness = new Fuzziness(0);
        var prefixLength = 0;
        var maxExpansions = Math.Min(DefaultMaxExpansions, context.Limits.MaxTermExpansions);
        var zeroTermsMatchAll = false;
        float? boost = null;
        if (field.Value is JsonObject options)
        {
            DslJson.OnlyKeys(options, field.Path, "query", "operator", "fuzziness", "prefix_length", "max_expansions", "zero_terms_query", "boost");
            text = DslJson.Scalar(DslJson.Required(options, field.Path, "query"), DslPath.Child(field.Path, "query"));
            foreach (var (key, value) in options)
            {
                var keyPath = DslPath.Child(field.Path, key);
                switch (key)
                {
                    case "operator":
                        occur = DslJson.IsAnd(value, keyPath) ? Occur.MUST : Occur.SHOULD;
                        break;
                    case "fuzziness":
                        fuzziness = Fuzziness.Read(value, keyPath);
                        break;
                    case "prefix_length":
                        prefixLength = DslJson.Int(value, keyPath, 0, int.MaxValue);
                        break;
                    case "max_expansions":
                        maxExpansions = DslJson.Int(value, keyPath, 1, context.Limits.MaxTermExpansions);
                        break;
                    case "zero_terms_query":
                        zeroTermsMatchAll = DslJson.String(value, keyPath) switch
                        {
                            "all" => true,
                            "none" => false,
                            _ => throw new QueryDslException(keyPath, "must be \"none\" or \"all\""),
                        };
                        break;
                    case "boost":
                        boost = DslJson.Boost(value, keyPath);
                        break;
                }
            }
        }

        var tokens = TextAnalysis.Tokenize(context.Analyzer, field.Name, text!, context.Limits.MaxClauses, field.Path);
        if (tokens.Count == 0)
        {
            return zeroTermsMatchAll ? new MatchAllDocsQuery() : new BooleanQuery();
        }

        context.TakeClauses(tokens.Count, field.Path);
        var query = new BooleanQuery();
        foreach (var token in tokens)
        {
            var term = new Term(field.Name, token.Term);
            var edits = fuzziness.EditsFor(token.Term);
            query.Add(edits == 0 ? new TermQuery(term) : new FuzzyQuery(term, edits, prefixLength, maxExpansions, true), occur);
        }

        query.Boost = boost ?? query.Boost;
        return query;
    }
}
