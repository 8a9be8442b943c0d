using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// {"F": "text"} or {"F": {"query" (Orchard wrote "value"), "slop", "boost"}}.
internal static class MatchPhraseQueryReader
{
    public static Query Read(JsonNode? body, string path, DslContext context)
    {
        var field = DslJson.Field(body, path, "match_phrase");
        var phrase = new PhraseQuery();
        string text;
        if (field.Value is JsonObject options)
        {
            DslJson.OnlyKeys(options, field.Path, "query", "value", "slop", "boost");
            var key = options.ContainsKey("query") ? "query" : "value";
            if (options.ContainsKey("query") && options.ContainsKey("value"))
            {
                throw new QueryDslException(field.Path, "give the phrase as query or value, not both");
            }

            text = DslJson.Scalar(DslJson.Required(options, field.Path, key), DslPath.Child(field.Path, key));
            if (options.TryGetPropertyValue("slop", out var slop))
            {
                phrase.Slop = DslJson.Int(slop, DslPath.Child(field.Path, "slop"), 0, int.MaxValue);
            }

            if (options.TryGetPropertyValue("boost", out var boost))
            {
                phrase.Boost = DslJson.Boost(boost, DslPath.Child(field.Path, "boost"));
            }
        }
        else
        {
            text = DslJson.Scalar(field.Value, field.Path);
        }

        var tokens = TextAnalysis.Tokenize(context.Analyzer, field.Name, text, context.Limits.MaxClauses, field.Path);
        if (tokens.Count == 0)
        {
            return new BooleanQuery();
        }

        context.TakeClauses(tokens.Count, field.Path);
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field.Name, token.Term), token.Position);
        }

        return phrase;
    }
}
