using System.Text;
using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// Everything one caller sees through the list fields: every item of every type, and every item those items
/// show through each surface, with the raw answers for text searches.
/// </summary>
public sealed class ContentSnapshot
{
    private const int PageSize = 50;

    public Dictionary<string, List<SeenItem>> Lists { get; } = new(StringComparer.Ordinal);

    public List<NestedItem> Nested { get; } = [];

    public StringBuilder Text { get; } = new();

    public IEnumerable<SeenItem> AllItems => Lists.Values.SelectMany(l => l).Concat(Nested.Select(n => n.Item));

    public static async Task<ContentSnapshot> TakeAsync(HttpClient client, ContentSurfaces surfaces)
    {
        var snapshot = new ContentSnapshot();
        foreach (var (type, listField) in surfaces.ListFields)
        {
            var answer = await GraphQLCalls.PostAsync(client, $"{{ items: {listField}(first: 1000) {{ ...Item }} }} {ContentSurfaces.ItemFragment}");
            snapshot.Text.Append(answer.Text);
            snapshot.Lists[type] = [.. answer.Data()["items"]!.AsArray().Select(i => SeenItem.From(i!))];
        }
        foreach (var surface in surfaces.Surfaces)
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var answer = await GraphQLCalls.PostAsync(client,
                    $"query($skip: Int) {{ items: {surface.ListField}(first: {PageSize}, skip: $skip) {{ contentItemId {surface.Selection} }} }} {ContentSurfaces.ItemFragment}",
                    new JsonObject { ["skip"] = skip });
                snapshot.Text.Append(answer.Text);
                var parents = answer.Data()["items"]!.AsArray();
                foreach (var parent in parents)
                {
                    var parentId = parent!["contentItemId"]!.GetValue<string>();
                    snapshot.Nested.AddRange(Follow(parent, surface.Path).Select(n => new NestedItem(surface.Kind, parentId, SeenItem.From(n))));
                }
                if (parents.Count < PageSize)
                {
                    break;
                }
            }
        }
        return snapshot;
    }

    private static IEnumerable<JsonNode> Follow(JsonNode node, IReadOnlyList<string> path)
    {
        IEnumerable<JsonNode> current = [node];
        foreach (var field in path)
        {
            current = current.SelectMany(n => n[field] switch
            {
                JsonArray array => array.OfType<JsonNode>(),
                JsonObject obj => [obj],
                _ => [],
            }).ToList();
        }
        return current;
    }
}
