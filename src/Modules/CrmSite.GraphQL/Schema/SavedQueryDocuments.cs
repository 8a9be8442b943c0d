using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Content.Search;
using GraphQL;
using GraphQL.Types;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// The documents of saved queries that do not return content items. Every such query returns a list of documents
/// with <c>contentItemId</c>, <c>fields { name value }</c> (every stored field, by Orchard name, as text) and
/// <c>field(name:)</c>; when its Orchard <c>Schema</c> lists <c>properties</c>
/// (<c>{"type": "object", "properties": {"Content.ContentItem.DisplayText": {"type": "string"}}}</c>), its own type
/// also has one field per property, named as written with characters GraphQL does not allow turned into <c>_</c>
/// and the first letter in lower case (<c>content_ContentItem_DisplayText</c>), typed by the property's <c>type</c>
/// (string, integer, number, boolean); a property whose name is taken (<c>ContentItemId</c>) is left out.
/// </summary>
internal sealed class SavedQueryDocuments(ContentSchemaContext context)
{
    private ObjectGraphType? _shared;
    private ObjectGraphType? _field;

    public FieldType Field(SavedQueryInfo query, string name, JsonObject? schema)
    {
        var type = schema?["properties"] is JsonObject { Count: > 0 } properties ? Typed(query, properties) : Shared();
        return GraphFields.Async(name, SavedQueryGraph.Describe(query, "The stored fields of the documents it finds that the caller may see, in its order."),
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(type))), async c => (await SavedQueryGraph.RunAsync(c, query.Name)).Hits);
    }

    private ObjectGraphType Shared() => _shared ??= WithCommonFields(new ObjectGraphType
    {
        Name = context.NewTypeName("LuceneDocument"),
        Description = "A document of a Lucene index: the item it was made from and its stored fields.",
    });

    private ObjectGraphType Typed(SavedQueryInfo query, JsonObject properties)
    {
        var type = WithCommonFields(new ObjectGraphType
        {
            Name = context.NewTypeName(GraphNames.Type(query.Name) + "Document"),
            Description = $"A document found by the saved query '{query.Name}': the fields its schema lists, and every stored field.",
        });
        foreach (var (property, definition) in properties)
        {
            var name = PropertyName(property);
            if (name is null || type.HasField(name))
            {
                continue;
            }
            var kind = definition?["type"] is JsonValue v && v.TryGetValue<string>(out var k) ? k : "string";
            var (graphType, convert) = kind switch
            {
                "integer" => (typeof(IntGraphType), (Func<string, object?>)(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= int.MinValue and <= int.MaxValue ? (int)d : null)),
                "number" => (typeof(FloatGraphType), s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null),
                "boolean" => (typeof(BooleanGraphType), s => bool.TryParse(s, out var b) ? b : null),
                _ => (typeof(StringGraphType), s => s),
            };
            var stored = property;
            type.AddField(GraphFields.Of(name, $"The stored field {property} ({kind}).", graphType,
                c => Value(c, stored) is { } text ? convert(text) : null));
        }
        return type;
    }

    private ObjectGraphType WithCommonFields(ObjectGraphType type)
    {
        _field ??= FieldType();
        type.AddField(GraphFields.Of("contentItemId", "The id of the item the document was made from.", typeof(StringGraphType), c => ((SavedQueryHit)c.Source!).ContentItemId));
        type.AddField(GraphFields.Of("fields", "Every stored field of the document, by its index name (e.g. Content.ContentItem.DisplayText), as text.",
            new NonNullGraphType(new ListGraphType(new NonNullGraphType(_field))), c => ((SavedQueryHit)c.Source!).Fields.ToList()));
        var one = GraphFields.Of("field", "One stored field's value as text, by its index name; null when the document has none.", typeof(StringGraphType),
            c => Value(c, c.GetArgument<string>("name")));
        one.Arguments = new QueryArguments(GraphFields.Argument("name", "The field's index name, e.g. Content.ContentItem.DisplayText.", typeof(NonNullGraphType<StringGraphType>)));
        type.AddField(one);
        return type;
    }

    private ObjectGraphType FieldType()
    {
        var type = new ObjectGraphType { Name = context.NewTypeName("LuceneDocumentField"), Description = "A stored field of a Lucene document." };
        type.AddField(GraphFields.Of("name", "The field's index name.", typeof(NonNullGraphType<StringGraphType>), c => ((KeyValuePair<string, JsonNode?>)c.Source!).Key));
        type.AddField(GraphFields.Of("value", "The field's value as text.", typeof(StringGraphType), c => Text(((KeyValuePair<string, JsonNode?>)c.Source!).Value)));
        return type;
    }

    private static string? Value(IResolveFieldContext context, string field) => Text(((SavedQueryHit)context.Source!).Fields[field]);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString();

    // A property name as a field name: what GraphQL does not allow becomes '_', and the first letter is lower case.
    private static string? PropertyName(string property)
    {
        var name = new StringBuilder(property.Length + 1);
        foreach (var c in property)
        {
            name.Append(c is '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '_');
        }
        if (name.Length > 0 && char.IsAsciiDigit(name[0]))
        {
            name.Insert(0, '_');
        }
        // GraphQL.NET's name converter lowers the first letter of every field name: done here, so clashes are seen.
        var text = name.Length == 0 ? "" : char.ToLowerInvariant(name[0]) + name.ToString(1, name.Length - 1);
        return text.Length == 0 || text.StartsWith("__", StringComparison.Ordinal) ? null : text;
    }
}
