using System.Text.Json.Nodes;

namespace CrmSite.Tests.Integration.GraphQL;

/// <summary>
/// What the schema offers, read by introspection at run time so that a new content type or a new reference field
/// is covered without a change here: each content type's list field, and every way an item shows other items
/// (<c>chapter { contentItems }</c>, <c>localization { localizations }</c>, <c>secretariat</c>, ...).
/// </summary>
public sealed class ContentSurfaces
{
    public const string ItemFragment = "fragment Item on ContentItem { contentItemId contentItemVersionId contentType displayText published latest }";

    private const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";

    private ContentSurfaces(IReadOnlyDictionary<string, string> listFields, IReadOnlyList<Surface> surfaces)
    {
        ListFields = listFields;
        Surfaces = surfaces;
    }

    /// <summary>The list field of each content type's object type (<c>FactSheet</c> → <c>factSheet</c>).</summary>
    public IReadOnlyDictionary<string, string> ListFields { get; }

    /// <summary>Every field path by which an item of one type shows content items.</summary>
    public IReadOnlyList<Surface> Surfaces { get; }

    public static async Task<ContentSurfaces> ReadAsync(HttpClient client)
    {
        var schema = (await GraphQLCalls.DataAsync(client, $$"""
            {
              __schema {
                queryType { fields { name type { {{TypeRef}} } } }
                types { name kind interfaces { name } fields { name args { name type { kind } } type { {{TypeRef}} } } }
              }
            }
            """))["__schema"]!;
        var types = schema["types"]!.AsArray().Select(t => t!.AsObject()).ToDictionary(t => t["name"]!.GetValue<string>());
        bool IsItem(string name) => name == "ContentItem" ||
            (types.TryGetValue(name, out var type) && type["interfaces"] is JsonArray interfaces && interfaces.Any(i => i!["name"]!.GetValue<string>() == "ContentItem"));

        var listFields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in schema["queryType"]!["fields"]!.AsArray())
        {
            var (named, isList) = Unwrap(field!["type"]!);
            if (isList && named != "ContentItem" && IsItem(named))
            {
                listFields[named] = field["name"]!.GetValue<string>();
            }
        }
        var surfaces = new List<Surface>();
        foreach (var (typeName, listField) in listFields)
        {
            foreach (var field in Fields(types[typeName]))
            {
                var (named, _) = Unwrap(field["type"]!);
                var name = field["name"]!.GetValue<string>();
                if (IsItem(named))
                {
                    surfaces.Add(new Surface(typeName, listField, $"{typeName}.{name}", [name]));
                }
                else if (types.TryGetValue(named, out var inner) && inner["kind"]!.GetValue<string>() == "OBJECT")
                {
                    foreach (var innerField in Fields(inner).Where(f => IsItem(Unwrap(f["type"]!).Named)))
                    {
                        var innerName = innerField["name"]!.GetValue<string>();
                        surfaces.Add(new Surface(typeName, listField, $"{named}.{innerName}", [name, innerName]));
                    }
                }
            }
        }
        return new ContentSurfaces(listFields, surfaces);
    }

    /// <summary>The fields of an object type that take no required argument.</summary>
    private static IEnumerable<JsonObject> Fields(JsonObject type) =>
        (type["fields"] as JsonArray ?? []).Select(f => f!.AsObject())
            .Where(f => f["args"]!.AsArray().All(a => a!["type"]!["kind"]!.GetValue<string>() != "NON_NULL"));

    private static (string Named, bool IsList) Unwrap(JsonNode type)
    {
        var isList = false;
        while (type["ofType"] is JsonObject inner)
        {
            isList |= type["kind"]!.GetValue<string>() == "LIST";
            type = inner;
        }
        return (type["name"]!.GetValue<string>(), isList);
    }
}
