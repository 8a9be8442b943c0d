using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmSite.Search.Queries;

// Edit distance 0, 1 or 2 (all Lucene's automata support), or Elasticsearch's AUTO: 0 for terms of one or two
// characters, 1 up to five, 2 beyond.
internal readonly record struct Fuzziness(int? Edits)
{
    public static readonly Fuzziness Auto = new(null);

    public static Fuzziness Read(JsonNode? node, string path)
    {
        if (DslJson.Kind(node) == JsonValueKind.String && string.Equals(node!.GetValue<string>(), "AUTO", StringComparison.OrdinalIgnoreCase))
        {
            return Auto;
        }

        try
        {
            return new Fuzziness(DslJson.Int(node, path, 0, 2));
        }
        catch (QueryDslException)
        {
            throw new QueryDslException(path, "fuzziness must be 0, 1, 2 or \"AUTO\"");
        }
    }

    public int EditsFor(string term) => Edits ?? term.Length switch
    {
        <= 2 => 0,
        <= 5 => 1,
        _ => 2,
    };
}
