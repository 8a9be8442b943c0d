using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Unit.Search.Queries;

/// <summary>Query DSL requests made up from a seeded Random: garbled text, token soup, and well-formed DSL shapes
/// whose values are sometimes of the wrong kind.</summary>
public static class RandomRequests
{
    private static readonly string[] Fields = ["Content.ContentItem.FullText", "FactSheet.Year", "ContentType", "", "F"];

    private static readonly string[] Texts =
    [
        "orchard", "orch*", "*x", "a?b", "AUTO", "2020", "(child OR", "\"fact sheet\"~2", "", "child -orchard",
        "FactSheet.Year:[2019 TO 2021]", "x~9", "/re/", "*:*", "a^3", "Lahore", "((", "and",
    ];

    private static readonly string[] Pieces =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\\", "null", "true", "-1", "1e999", "0.5", "\"query\"", "\"bool\"", "\"must\"",
        "\"should\"", "\"match\"", "\"range\"", "\"gte\"", "\"size\"", "\"sort\"", "\"terms\"", "\"wildcard\"", "\"*\"",
        "\"((((\"", "\"query_string\"", "\"F\"", "\"\"", "\"boost\"", "2147483648", "\"\\u0000\"", "\"AUTO\"",
        "\"\\ud800\"", "\ud800", "\"\\uDC00x\"",
    ];

    public static string Mutate(string json, Random random)
    {
        var text = new StringBuilder(json);
        for (var edits = random.Next(1, 6); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(4))
            {
                case 0:
                    text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                    break;
                case 1:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 2:
                    text[at] = (char)random.Next(32, 127);
                    break;
                default:
                    var digits = random.Next(10).ToString(CultureInfo.InvariantCulture);
                    text.Insert(at, random.Next(2) == 0 ? digits : "\"" + digits + "\"");
                    break;
            }
        }

        return text.ToString();
    }

    public static string Soup(Random random)
    {
        var text = new StringBuilder(random.Next(3) == 0 ? string.Empty : "{\"query\":");
        for (var count = random.Next(1, 40); count > 0; count--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    public static string Shaped(Random random)
    {
        var root = new JsonObject { ["query"] = Query(random, 0) };
        if (random.Next(3) == 0)
        {
            root["size"] = Maybe(random, JsonValue.Create(random.Next(0, 20)));
            root["sort"] = Maybe(random, new JsonObject { [Pick(random, Fields)] = Pick(random, ["asc", "desc", "up"]) });
        }

        return root.ToJsonString();
    }

    private static JsonObject Query(Random random, int depth)
    {
        var field = Pick(random, Fields);
        var text = JsonValue.Create(Pick(random, Texts));
        JsonNode? body = random.Next(depth > 2 ? 9 : 10) switch
        {
            0 => new JsonObject { ["bool"] = Bool(random, depth) },
            1 => new JsonObject { ["match"] = new JsonObject { [field] = Maybe(random, new JsonObject { ["query"] = text, ["operator"] = Pick(random, ["and", "or", "xor"]), ["fuzziness"] = Maybe(random, JsonValue.Create(random.Next(0, 4))) }) } },
            2 => new JsonObject { ["match_phrase"] = new JsonObject { [field] = Maybe(random, new JsonObject { ["query"] = text, ["slop"] = random.Next(-1, 5) }) } },
            3 => new JsonObject { ["term"] = new JsonObject { [field] = Maybe(random, JsonValue.Create(random.Next(2015, 2025))) } },
            4 => new JsonObject { ["terms"] = new JsonObject { [field] = new JsonArray(text, Maybe(random, JsonValue.Create(2020))) } },
            5 => new JsonObject { [Pick(random, ["prefix", "wildcard", "fuzzy"])] = new JsonObject { [field] = Maybe(random, text) } },
            6 => new JsonObject { ["range"] = new JsonObject { [field] = new JsonObject { [Pick(random, ["gt", "gte"])] = Maybe(random, JsonValue.Create(random.Next(2015, 2025))), ["lt"] = Maybe(random, JsonValue.Create(2030.5)) } } },
            7 => new JsonObject { [Pick(random, ["query_string", "simple_query_string"])] = new JsonObject { ["query"] = Maybe(random, text) } },
            8 => new JsonObject { ["match_all"] = Maybe(random, new JsonObject()) },
            _ => new JsonObject { ["bool"] = Bool(random, depth) },
        };
        return (JsonObject)body!;
    }

    private static JsonObject Bool(Random random, int depth)
    {
        var clauses = new JsonArray(Query(random, depth + 1), Query(random, depth + 1));
        var key = Pick(random, ["must", "should", "filter", "must_not"]);
        var result = new JsonObject { [key] = Maybe(random, clauses) };
        if (random.Next(3) == 0)
        {
            result["minimum_should_match"] = Maybe(random, JsonValue.Create(random.Next(-2, 3)));
        }

        return result;
    }

    // One value in six is swapped for something of another kind.
    private static JsonNode? Maybe(Random random, JsonNode? value) => random.Next(6) switch
    {
        0 => random.Next(4) switch { 0 => null, 1 => JsonValue.Create(-7.5), 2 => new JsonArray(), _ => JsonValue.Create("junk") },
        _ => value,
    };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
