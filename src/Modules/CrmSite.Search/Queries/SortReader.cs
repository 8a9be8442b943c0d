using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace CrmSite.Search.Queries;

// "Field", {"Field": "desc"}, {"Field": {"order", "type"}} or an array of those. Numeric types need the field
// indexed as the matching trie field (long: Int64Field, int: Int32Field, double: DoubleField, float: SingleField);
// string and date sort the indexed text, one term per document (StringField). "_score" sorts by relevance.
internal static class SortReader
{
    // Every sorted field loads a field cache for the whole index; a handful is plenty for a page of results.
    public const int MaxSortFields = 8;

    public static Sort? Read(JsonNode? node, string path, DslContext context)
    {
        var fields = new List<SortField>();
        switch (DslJson.Kind(node))
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Array:
                var items = node!.AsArray();
                for (var index = 0; index < items.Count; index++)
                {
                    Add(items[index], DslPath.Item(path, index), context, fields);
                }

                break;
            default:
                Add(node, path, context, fields);
                break;
        }

        if (fields.Count > MaxSortFields)
        {
            throw new QueryDslException(path, $"sort by at most {MaxSortFields} fields");
        }

        return fields.Count == 0 ? null : new Sort([.. fields]);
    }

    private static void Add(JsonNode? node, string path, DslContext context, List<SortField> fields)
    {
        if (DslJson.Kind(node) == JsonValueKind.String)
        {
            fields.Add(Field(node!.GetValue<string>(), path, descending: null, type: null, context));
            return;
        }

        var obj = DslJson.Object(node, path, "a sort");
        foreach (var (name, spec) in obj)
        {
            var specPath = DslPath.Child(path, name);
            if (DslJson.Kind(spec) == JsonValueKind.String)
            {
                fields.Add(Field(name, specPath, Descending(spec, specPath), type: null, context));
                continue;
            }

            var options = DslJson.Object(spec, specPath, "a sort order");
            DslJson.OnlyKeys(options, specPath, "order", "type");
            bool? descending = options.TryGetPropertyValue("order", out var order) ? Descending(order, DslPath.Child(specPath, "order")) : null;
            var type = options.TryGetPropertyValue("type", out var typeNode) ? DslJson.String(typeNode, DslPath.Child(specPath, "type")) : null;
            fields.Add(Field(name, specPath, descending, type, context));
        }
    }

    private static bool Descending(JsonNode? order, string path) => DslJson.String(order, path).ToUpperInvariant() switch
    {
        "ASC" => false,
        "DESC" => true,
        _ => throw new QueryDslException(path, "must be \"asc\" or \"desc\""),
    };

    private static SortField Field(string name, string path, bool? descending, string? type, DslContext context)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new QueryDslException(path, "the field name is empty");
        }

        if (name == "_score")
        {
            // Best first unless "asc" is asked for; Lucene's reverse flag is the other way round for scores.
            return new SortField(null, SortFieldType.SCORE, reverse: descending == false);
        }

        var reverse = descending == true;
        SortFieldType? indexedAs = context.NumericKindOf(name) switch
        {
            NumericKind.Int64Field => SortFieldType.INT64,
            NumericKind.DoubleField => SortFieldType.DOUBLE,
            _ => null,
        };
        var typePath = DslPath.Child(path, "type");
        var sortType = type?.ToUpperInvariant() switch
        {
            null => indexedAs ?? SortFieldType.STRING,
            "STRING" or "DATE" => SortFieldType.STRING,
            "LONG" or "INT64" => SortFieldType.INT64,
            "INT" or "INT32" or "INTEGER" => SortFieldType.INT32,
            "DOUBLE" => SortFieldType.DOUBLE,
            "FLOAT" or "SINGLE" => SortFieldType.SINGLE,
            _ => throw new QueryDslException(typePath, $"unknown sort type '{type}'; expected string, date, long, int, double or float"),
        };

        // Reading a trie field as another type fails inside Lucene at search time; say so now instead.
        if (indexedAs is { } indexed && indexed != sortType)
        {
            throw new QueryDslException(typePath, $"'{name}' is indexed as {context.NumericKindOf(name)}; sort it as {(indexed == SortFieldType.INT64 ? "long" : "double")}");
        }

        // The trie parsers, not Lucene's default text parsers, read what Int64Field and DoubleField index.
        return sortType switch
        {
            SortFieldType.INT64 => new SortField(name, FieldCache.NUMERIC_UTILS_INT64_PARSER, reverse),
            SortFieldType.INT32 => new SortField(name, FieldCache.NUMERIC_UTILS_INT32_PARSER, reverse),
            SortFieldType.DOUBLE => new SortField(name, FieldCache.NUMERIC_UTILS_DOUBLE_PARSER, reverse),
            SortFieldType.SINGLE => new SortField(name, FieldCache.NUMERIC_UTILS_SINGLE_PARSER, reverse),
            _ => new SortField(name, SortFieldType.STRING, reverse),
        };
    }
}
