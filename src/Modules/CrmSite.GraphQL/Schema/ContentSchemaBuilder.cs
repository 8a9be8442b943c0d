using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// Builds the GraphQL schema from the content definitions with Orchard's conventions: one list field per type
/// (camelCase, with <c>where</c>, <c>orderBy</c>, <c>first</c>, <c>skip</c>, <c>status</c>), a Relay connection per
/// type, <c>contentItem(contentItemId:)</c>, parts named without <c>Part</c>, the type-named part, Autoroute and
/// parts set to collapse (<c>GraphQLContentTypePartSettings.Collapse</c>) flattened onto the type.
/// </summary>
public sealed class ContentSchemaBuilder(ContentDefinitionDocument definitions, GraphQLOptions options, IEnumerable<IContentGraphContributor> contributors,
    IReadOnlyDictionary<IContentGraphContributor, ContentGraphSource>? sources = null)
{
    private readonly InterfaceGraphType _item = new()
    {
        Name = "ContentItem",
        Description = "A content item (one version of it): the fields every content type has.",
    };
    private readonly Dictionary<string, ObjectGraphType> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ObjectGraphType Type, InputObjectGraphType Where, WhereInputMap WhereMap, InputObjectGraphType Order, OrderByInputMap OrderMap)> _parts = [];
    private FieldGraphs _fields = null!;
    private EnumerationGraphType _status = null!;
    private EnumerationGraphType _direction = null!;
    private ObjectGraphType _pageInfo = null!;

    public global::GraphQL.Types.Schema Build()
    {
        _typeNames.UnionWith(["ContentItem", "Query", "Status", "OrderByDirection", "PageInfo", "HtmlField", "MarkdownField", "LinkField",
            "ContentPickerField", "TaxonomyField", "MediaField", "LinkFieldWhereInput", "ContentPickerFieldWhereInput",
            "TaxonomyFieldWhereInput", "MultiTextFieldWhereInput", "MediaFieldWhereInput"]);
        ItemFields.AddTo(_item);
        _item.ResolveType = value => value is ContentItem item ? _types.GetValueOrDefault(item.ContentType) : null;
        _fields = new FieldGraphs(_item);
        _status = new EnumerationGraphType { Name = "Status", Description = "Which versions a list returns." };
        _status.Add("PUBLISHED", ContentStatus.Published, "Published versions (the default).");
        _status.Add("DRAFT", ContentStatus.Draft, "Unpublished latest versions; needs PreviewContent.");
        _status.Add("LATEST", ContentStatus.Latest, "Latest versions, published or not; needs PreviewContent.");
        _status.Add("ALL", ContentStatus.All, "Latest and published versions; needs PreviewContent.");
        _direction = new EnumerationGraphType { Name = "OrderByDirection", Description = "A sort direction." };
        _direction.Add("ASC", OrderDirection.Asc, "Ascending: smallest, earliest or A first.");
        _direction.Add("DESC", OrderDirection.Desc, "Descending: largest, latest or Z first.");
        _pageInfo = PageInfo();

        var query = new ObjectGraphType { Name = "Query", Description = "Content of the site: one list and one connection per content type, and items by id." };
        var sorted = definitions.ContentTypes.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        foreach (var type in sorted)
        {
            var name = UniqueTypeName(GraphNames.Type(type.Name));
            var graph = new ObjectGraphType { Name = name, Description = TypeDescription(type) };
            ItemFields.AddTo(graph);
            graph.AddResolvedInterface(_item);
            _item.AddPossibleType(graph);
            var typeName = type.Name;
            graph.IsTypeOf = value => value is ContentItem item && item.ContentType == typeName;
            _types[type.Name] = graph;
            _fields.KnownTypes.Add(type.Name);
        }
        foreach (var type in sorted)
        {
            var graph = _types[type.Name];
            var where = new InputObjectGraphType { Name = UniqueTypeName(graph.Name + "WhereInput"), Description = $"Filters on {graph.Name} items." };
            var whereMap = new WhereInputMap();
            var order = new InputObjectGraphType { Name = UniqueTypeName(graph.Name + "OrderByInput"), Description = $"Sort orders for {graph.Name} items, applied in the order written." };
            var orderMap = new OrderByInputMap();
            AddItemFilters(where, whereMap, order, orderMap);
            foreach (var typePart in type.Parts.OrderBy(p => p.Position))
            {
                AddPart(type, typePart, graph, where, whereMap, order, orderMap);
            }
            foreach (var logical in new[] { ("AND", LogicalOperator.And, "All of these hold."), ("OR", LogicalOperator.Or, "One of these holds (the fields of each object are alternatives too)."), ("NOT", LogicalOperator.Not, "None of these holds together.") })
            {
                where.AddField(GraphFields.Input(logical.Item1, logical.Item3, new ListGraphType(new NonNullGraphType(where))));
                whereMap.Add(logical.Item1, new LogicalEntry(logical.Item2));
            }
            var listName = GraphNames.Field(type.Name);
            if (!query.HasField(listName))
            {
                query.AddField(ListField(type.Name, listName, graph, where, whereMap, order, orderMap));
                query.AddField(ConnectionField(type.Name, listName + "Connection", graph, where, whereMap, order, orderMap));
            }
        }
        query.AddField(ContentItemField());

        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Changes to content, each checked by the same authorizer and rules as the admin and REST." };
        _typeNames.Add("Mutation");
        var context = new ContentSchemaContext(definitions, _types, _item, query, mutation, UniqueTypeName, sources);
        foreach (var contributor in contributors)
        {
            contributor.Contribute(context);
        }

        var schema = new global::GraphQL.Types.Schema
        {
            Query = query,
            Mutation = mutation.Fields.Count > 0 ? mutation : null,
            Description = "CrmSite's content API: the content types of the Child Rights Movement's site, generated from their definitions.",
            // Names are made here, Orchard's way; GraphQL.NET's default camel-casing would turn AND, OR and NOT into aND, oR and nOT.
            NameConverter = global::GraphQL.Conversion.DefaultNameConverter.Instance,
        };
        // GraphQL.NET's Decimal has no description of its own, unlike its Date and DateTime.
        schema.RegisterType(new DecimalGraphType { Description = "A decimal number (numeric fields, list positions), written as a JSON number, e.g. 10 or 12.5." });
        schema.RegisterType(_item);
        foreach (var graph in _types.Values)
        {
            schema.RegisterType(graph);
        }
        return schema;
    }

    private string UniqueTypeName(string name)
    {
        var unique = name;
        for (var i = 2; !_typeNames.Add(unique); i++)
        {
            unique = name + i.ToString(CultureInfo.InvariantCulture);
        }
        return unique;
    }

    private static string TypeDescription(ContentTypeDefinition type) =>
        type.TypeSettings.Description is { Length: > 0 } description
            ? description
            : $"{type.DisplayName ?? type.Name} items (content type {type.Name}).";

    private void AddItemFilters(InputObjectGraphType where, WhereInputMap whereMap, InputObjectGraphType order, OrderByInputMap orderMap)
    {
        foreach (var (name, column, kind, description) in new[]
        {
            ("contentItemId", "ContentItemId", FieldValueKind.Text, "The item id"),
            ("contentItemVersionId", "ContentItemVersionId", FieldValueKind.Text, "The version id"),
            ("displayText", "DisplayText", FieldValueKind.Text, "The display text"),
            ("owner", "Owner", FieldValueKind.Text, "The owner's user id"),
            ("author", "Author", FieldValueKind.Text, "The author's user name"),
            ("createdUtc", "CreatedUtc", FieldValueKind.Date, "When the item was created"),
            ("modifiedUtc", "ModifiedUtc", FieldValueKind.Date, "When the version was changed"),
            ("publishedUtc", "PublishedUtc", FieldValueKind.Date, "When the item was published"),
        })
        {
            var target = new ColumnTarget(column, kind);
            FieldGraphs.AddComparisons(where, whereMap, name, description, target,
                kind == FieldValueKind.Date ? typeof(DateTimeGraphType) : typeof(StringGraphType),
                kind == FieldValueKind.Date ? FilterOperators.Comparable : FilterOperators.Text);
            order.AddField(GraphFields.Input(name, $"Sort by {description.ToLowerInvariant()}.", _direction));
            orderMap.Add(name, target);
        }
    }

    private void AddPart(ContentTypeDefinition type, ContentTypePartDefinition typePart, ObjectGraphType graph,
        InputObjectGraphType where, WhereInputMap whereMap, InputObjectGraphType order, OrderByInputMap orderMap)
    {
        var settings = typePart.Settings["GraphQLContentTypePartSettings"] as JsonObject;
        if (settings?["Hidden"] is JsonValue hidden && hidden.TryGetValue<bool>(out var isHidden) && isHidden)
        {
            return;
        }
        var itemPart = typePart.Name;
        if (BuiltInParts.Names.Contains(typePart.PartName))
        {
            BuiltInPartGraphs.Add(this, typePart, graph, where, whereMap, order, orderMap);
            return;
        }
        if (definitions.FindPart(typePart.PartName) is not { } part)
        {
            return;
        }
        var collapse = string.Equals(typePart.Name, type.Name, StringComparison.Ordinal) ||
            (settings?["Collapse"] is JsonValue c && c.TryGetValue<bool>(out var collapsed) && collapsed);
        if (collapse)
        {
            var prefix = settings?["PreventFieldNameCollision"] is JsonValue p && p.TryGetValue<bool>(out var prevent) && prevent
                ? GraphNames.Part(itemPart)
                : null;
            foreach (var field in part.Fields)
            {
                var name = prefix is null ? GraphNames.Field(field.Name) : prefix + GraphNames.Type(field.Name);
                if (graph.HasField(name))
                {
                    name = GraphNames.Part(itemPart) + GraphNames.Type(field.Name);
                }
                if (graph.HasField(name) || _fields.Output(name, field, c => ItemFields.Item(c).Part(itemPart)) is not { } output)
                {
                    continue;
                }
                graph.AddField(output);
                _fields.AddWhere(where, whereMap, name, itemPart, field);
                if (FieldGraphs.OrderKind(field) is { } kind && !orderMap.Contains(name))
                {
                    order.AddField(GraphFields.Input(name, $"Sort by {FieldGraphs.Describe(field)}", _direction));
                    orderMap.Add(name, new IndexTarget(itemPart, field.Name, kind));
                }
            }
            return;
        }
        var partGraph = PartGraph(part, itemPart);
        var fieldName = GraphNames.Part(itemPart);
        if (graph.HasField(fieldName))
        {
            return;
        }
        graph.AddField(GraphFields.Of(fieldName, $"The {itemPart} part.", partGraph.Type, c => ItemFields.Item(c).Part(itemPart)));
        if (partGraph.WhereMap is not null)
        {
            where.AddField(GraphFields.Input(fieldName, $"Filters on the {itemPart} part.", partGraph.Where));
            whereMap.Add(fieldName, new NestedEntry(partGraph.WhereMap));
            order.AddField(GraphFields.Input(fieldName, $"Sort by a field of the {itemPart} part.", partGraph.Order));
            orderMap.Add(fieldName, partGraph.OrderMap);
        }
    }

    /// <summary>The object type of a part that is not collapsed (<c>price { amount }</c>), with its where and order inputs.</summary>
    private (ObjectGraphType Type, InputObjectGraphType Where, WhereInputMap WhereMap, InputObjectGraphType Order, OrderByInputMap OrderMap) PartGraph(
        ContentPartDefinition part, string itemPart)
    {
        var key = part.Name + "/" + itemPart;
        if (_parts.TryGetValue(key, out var existing))
        {
            return existing;
        }
        var baseName = GraphNames.Type(itemPart.EndsWith("Part", StringComparison.Ordinal) ? itemPart : itemPart + "Part");
        var type = new ObjectGraphType { Name = UniqueTypeName(baseName), Description = PartDescription(part) };
        var where = new InputObjectGraphType { Name = UniqueTypeName(baseName + "WhereInput"), Description = $"Filters on the {itemPart} part." };
        var whereMap = new WhereInputMap();
        var order = new InputObjectGraphType { Name = UniqueTypeName(baseName + "OrderByInput"), Description = $"Sort orders on the {itemPart} part." };
        var orderMap = new OrderByInputMap();
        foreach (var field in part.Fields)
        {
            var name = GraphNames.Field(field.Name);
            if (type.HasField(name) || _fields.Output(name, field, c => c.Source as JsonObject) is not { } output)
            {
                continue;
            }
            type.AddField(output);
            _fields.AddWhere(where, whereMap, name, itemPart, field);
            if (FieldGraphs.OrderKind(field) is { } kind)
            {
                order.AddField(GraphFields.Input(name, $"Sort by {FieldGraphs.Describe(field)}", _direction));
                orderMap.Add(name, new IndexTarget(itemPart, field.Name, kind));
            }
        }
        if (type.Fields.Count == 0)
        {
            type.AddField(GraphFields.Of("contentItemId", "The id of the item the part belongs to.", typeof(StringGraphType), _ => null));
        }
        var result = (type, where, whereMap, order, orderMap);
        if (where.Fields.Count == 0)
        {
            result = (type, where, null!, order, orderMap);
        }
        _parts[key] = result;
        return result;
    }

    private static string PartDescription(ContentPartDefinition part) =>
        (part.Settings["ContentPartSettings"] as JsonObject)?["Description"] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : $"The {part.Name} part's fields.";

    internal FieldGraphs Fields => _fields;

    internal EnumerationGraphType Direction => _direction;

    internal IInterfaceGraphType ItemInterface => _item;

    internal string NewTypeName(string name) => UniqueTypeName(name);

    private QueryArgument[] ListArguments(InputObjectGraphType where, InputObjectGraphType order, bool connection)
    {
        var first = GraphFields.Argument("first", $"How many items to return: {options.DefaultPageSize} when not given, at most {options.MaxPageSize}.", typeof(IntGraphType));
        first.Validator = value => CheckFirst(value);
        var whereArgument = GraphFields.Argument("where",
            $"Filters: fields with operator suffixes (_gt, _contains, _in, ...), combined with AND; AND, OR and NOT nest. At most {options.MaxFilterConditions} conditions.", where);
        whereArgument.Validator = value => WhereInputCheck.Check(value, options.MaxFilterConditions);
        var arguments = new List<QueryArgument>
        {
            whereArgument,
            GraphFields.Argument("orderBy", "Sort orders, applied in the order written; by default the order items were created in.", order),
            first,
        };
        if (connection)
        {
            var after = GraphFields.Argument("after", "Return the items after this cursor (an edge's cursor from an earlier page).", typeof(StringGraphType));
            after.Validator = value =>
            {
                if (value is string cursor && Cursor.Decode(cursor) is null)
                {
                    throw new ArgumentException($"'{cursor}' is not a cursor of this API.");
                }
            };
            arguments.Add(after);
        }
        else
        {
            var skip = GraphFields.Argument("skip", "How many items to skip before the first one returned.", typeof(IntGraphType));
            skip.Validator = value =>
            {
                if (value is int n && n < 0)
                {
                    throw new ArgumentException("skip must be 0 or more.");
                }
            };
            arguments.Add(skip);
        }
        arguments.Add(GraphFields.Argument("status", "Which versions to return: PUBLISHED (the default), DRAFT, LATEST or ALL; all but PUBLISHED need PreviewContent.", _status));
        return [.. arguments];
    }

    private void CheckFirst(object? value)
    {
        if (value is int n && (n < 0 || n > options.MaxPageSize))
        {
            throw new ArgumentException($"first must be between 0 and {options.MaxPageSize}.");
        }
    }

    private FieldType ListField(string contentType, string name, ObjectGraphType graph, InputObjectGraphType where, WhereInputMap whereMap,
        InputObjectGraphType order, OrderByInputMap orderMap)
    {
        var field = GraphFields.Async(name, $"{graph.Name} items the caller may read, published ones unless status says otherwise.",
            new ListGraphType(new NonNullGraphType(graph)), async context =>
            {
                var page = await PageAsync(context, contentType, whereMap, orderMap, context.GetArgument<int?>("skip") ?? 0);
                return page.Items;
            });
        field.Arguments = new QueryArguments(ListArguments(where, order, connection: false));
        return field;
    }

    private FieldType ConnectionField(string contentType, string name, ObjectGraphType graph, InputObjectGraphType where, WhereInputMap whereMap,
        InputObjectGraphType order, OrderByInputMap orderMap)
    {
        var edge = new ObjectGraphType { Name = UniqueTypeName(graph.Name + "Edge"), Description = $"A {graph.Name} item and its cursor." };
        edge.AddField(GraphFields.Of("cursor", "The position to pass as after to read the items that follow.", typeof(NonNullGraphType<StringGraphType>), c => ((Edge)c.Source!).Cursor));
        edge.AddField(GraphFields.Of("node", $"The {graph.Name} item.", new NonNullGraphType(graph), c => ((Edge)c.Source!).Node));
        var connection = new ObjectGraphType { Name = UniqueTypeName(graph.Name + "Connection"), Description = $"A page of {graph.Name} items, Relay style." };
        connection.AddField(GraphFields.Async("totalCount", "How many items match, on every page (one more SQL command, only when asked for).",
            new NonNullGraphType(new IntGraphType()), async c => await ((ConnectionPage)c.Source!).Page.CountAsync(c.CancellationToken)));
        connection.AddField(GraphFields.Of("pageInfo", "Where this page is among the others.", new NonNullGraphType(_pageInfo), c => c.Source));
        connection.AddField(GraphFields.Of("edges", "The items of this page, with their cursors.", new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))),
            c => ((ConnectionPage)c.Source!).Edges));
        connection.AddField(GraphFields.Of("nodes", "The items of this page.", new NonNullGraphType(new ListGraphType(new NonNullGraphType(graph))),
            c => ((ConnectionPage)c.Source!).Page.Items));
        var field = GraphFields.Async(name, $"{graph.Name} items the caller may read as a Relay connection: first/after paging and a total count.",
            new NonNullGraphType(connection), async context =>
            {
                var skip = context.GetArgument<string?>("after") is { } after ? Cursor.Decode(after)!.Value + 1 : 0;
                var page = await PageAsync(context, contentType, whereMap, orderMap, skip);
                return new ConnectionPage(page, skip);
            });
        field.Arguments = new QueryArguments(ListArguments(where, order, connection: true));
        return field;
    }

    private async Task<ContentPage> PageAsync(IResolveFieldContext context, string contentType, WhereInputMap whereMap, OrderByInputMap orderMap, int skip)
    {
        var data = context.RequestServices!.GetRequiredService<ContentGraphData>();
        var status = context.GetArgument("status", ContentStatus.Published);
        var published = status == ContentStatus.Published;
        var access = await data.ListAccessAsync(contentType, published);
        if (!published && access == ReadAccess.None)
        {
            throw new AccessDeniedError($"PreviewContent is required for status {status.ToString().ToUpperInvariant()} on {contentType}.");
        }
        var filter = new ContentFilter(data.FieldIndex, contentType).Build(whereMap, context.GetArgument<IDictionary<string, object?>?>("where"));
        var orderBy = context.GetArgument<IDictionary<string, object?>?>("orderBy");
        var order = new ContentOrder(data.FieldIndex, contentType);
        var take = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        return await data.PageAsync(new ContentPageRequest(contentType, status, access, filter, q => order.Apply(q, orderMap, orderBy), skip, take),
            context.CancellationToken);
    }

    private FieldType ContentItemField()
    {
        var field = GraphFields.Of("contentItem", "The published version of one item, by id, of whatever type; null when missing or not readable.", _item,
            context =>
            {
                var id = context.GetArgument<string>("contentItemId");
                var load = context.RequestServices!.GetRequiredService<ContentGraphData>().Item(id);
                return new Deferred<ContentItem?>(async token => await load.GetResultAsync(token) is { } item && _fields.CanShow(item) ? item : null);
            });
        field.Arguments = new QueryArguments(GraphFields.Argument("contentItemId", "The item's id.", typeof(NonNullGraphType<StringGraphType>)));
        return field;
    }

    private static ObjectGraphType PageInfo()
    {
        var type = new ObjectGraphType { Name = "PageInfo", Description = "Relay page information." };
        type.AddField(GraphFields.Of("hasNextPage", "Whether more items follow this page.", typeof(NonNullGraphType<BooleanGraphType>), c => ((ConnectionPage)c.Source!).Page.HasMore));
        type.AddField(GraphFields.Of("hasPreviousPage", "Whether items come before this page.", typeof(NonNullGraphType<BooleanGraphType>), c => ((ConnectionPage)c.Source!).Skip > 0));
        type.AddField(GraphFields.Of("startCursor", "The cursor of the first item of this page.", typeof(StringGraphType), c => ((ConnectionPage)c.Source!).Edges is { Count: > 0 } edges ? edges[0].Cursor : null));
        type.AddField(GraphFields.Of("endCursor", "The cursor of the last item of this page.", typeof(StringGraphType), c => ((ConnectionPage)c.Source!).Edges is { Count: > 0 } edges ? edges[^1].Cursor : null));
        return type;
    }

    private sealed record Edge(string Cursor, ContentItem Node);

    private sealed class ConnectionPage(ContentPage page, int skip)
    {
        public ContentPage Page { get; } = page;
        public int Skip { get; } = skip;
        public IReadOnlyList<Edge> Edges { get; } = page.Items.Select((item, i) => new Edge(Cursor.Encode(skip + i), item)).ToList();
    }

    /// <summary>Opaque cursors: the base-64 of the item's position in the ordered list.</summary>
    internal static class Cursor
    {
        public static string Encode(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes("p:" + position.ToString(CultureInfo.InvariantCulture)));

        public static int? Decode(string cursor)
        {
            try
            {
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
                // The page after a cursor starts one further on, so the last int has no page after it (it would wrap round).
                return text.StartsWith("p:", StringComparison.Ordinal) &&
                    int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position < int.MaxValue
                    ? position
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}

/// <summary>A permission failure: reported in the GraphQL errors with code ACCESS_DENIED, and as 401 or 403 by the endpoint.</summary>
public sealed class AccessDeniedError : ExecutionError
{
    public AccessDeniedError(string message) : base(message) => Code = "ACCESS_DENIED";
}
