using System.Text.Json.Nodes;
using CrmSite.Content.Definitions;
using CrmSite.Content.Fields;
using CrmSite.Content.Items;
using CrmSite.Content.Rendering;
using CrmSite.GraphQL.Querying;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CrmSite.GraphQL.Schema;

/// <summary>
/// The built-in parts in the schema: <c>title{title}</c>, <c>path</c> (Autoroute, collapsed),
/// <c>markdownBody{markdown html}</c>, <c>htmlBody{html}</c>, <c>localization{culture localizationSet
/// localizations(culture:)}</c>, <c>contained{listContentItemId order listContentItem}</c>,
/// <c>list{contentItems(first skip)}</c>, <c>taxonomy{termContentType terms}</c>, <c>term{taxonomyContentItemId}</c>,
/// <c>publishLater{scheduledPublishUtc}</c>; with filters and orders on their indexed properties.
/// </summary>
internal static class BuiltInPartGraphs
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ContentSchemaBuilder, Dictionary<string, ObjectGraphType>> Types = new();

    public static void Add(ContentSchemaBuilder builder, ContentTypePartDefinition typePart, ObjectGraphType graph,
        InputObjectGraphType where, WhereInputMap whereMap, InputObjectGraphType order, OrderByInputMap orderMap)
    {
        var itemPart = typePart.Name;
        if (string.Equals(typePart.PartName, BuiltInParts.AutoroutePart, StringComparison.OrdinalIgnoreCase))
        {
            if (!graph.HasField("path"))
            {
                graph.AddField(GraphFields.Of("path", "The item's address on the site (Autoroute).", typeof(StringGraphType),
                    c => ItemFields.Item(c).Part(itemPart)?["Path"] is JsonValue v && v.TryGetValue<string>(out var p) ? p : null));
                var target = new IndexTarget(itemPart, "Path", FieldValueKind.Text);
                FieldGraphs.AddComparisons(where, whereMap, "path", "The address", target, typeof(StringGraphType), FilterOperators.Text);
                order.AddField(GraphFields.Input("path", "Sort by address.", builder.Direction));
                orderMap.Add("path", target);
            }
            return;
        }
        var name = GraphNames.Part(itemPart);
        if (graph.HasField(name) || PartType(builder, typePart.PartName) is not { } type)
        {
            return;
        }
        graph.AddField(GraphFields.Of(name, type.Description!, type, c => ItemFields.Item(c).Part(itemPart) is { } part ? new PartSource(ItemFields.Item(c), part) : null));

        var indexed = BuiltInParts.IndexedProperties(typePart.PartName);
        if (indexed.Count == 0)
        {
            return;
        }
        var input = new InputObjectGraphType { Name = builder.NewTypeName(GraphNames.Type(itemPart) + "WhereInput"), Description = $"Filters on the {itemPart} part." };
        var map = new WhereInputMap();
        var orderInput = new InputObjectGraphType { Name = builder.NewTypeName(GraphNames.Type(itemPart) + "OrderByInput"), Description = $"Sort orders on the {itemPart} part." };
        var orderInputMap = new OrderByInputMap();
        foreach (var (property, kind) in indexed)
        {
            var propertyName = GraphNames.Field(property);
            var target = new IndexTarget(itemPart, property, kind);
            var (scalar, operators) = kind switch
            {
                FieldValueKind.Number => (typeof(DecimalGraphType), FilterOperators.Comparable),
                FieldValueKind.Date => (typeof(DateTimeGraphType), FilterOperators.Comparable),
                _ => (typeof(StringGraphType), FilterOperators.Text),
            };
            FieldGraphs.AddComparisons(input, map, propertyName, $"{itemPart}.{property}", target, scalar, operators);
            orderInput.AddField(GraphFields.Input(propertyName, $"Sort by {itemPart}.{property}.", builder.Direction));
            orderInputMap.Add(propertyName, target);
        }
        where.AddField(GraphFields.Input(name, $"Filters on the {itemPart} part.", input));
        whereMap.Add(name, new NestedEntry(map));
        order.AddField(GraphFields.Input(name, $"Sort by a property of the {itemPart} part.", orderInput));
        orderMap.Add(name, orderInputMap);
    }

    /// <summary>A part's JSON with the item it belongs to, for fields that need the item (localizations, list items).</summary>
    private sealed record PartSource(ContentItem Item, JsonObject Part);

    private static ObjectGraphType? PartType(ContentSchemaBuilder builder, string partName)
    {
        var types = Types.GetOrCreateValue(builder);
        if (types.TryGetValue(partName, out var existing))
        {
            return existing;
        }
        var type = Create(builder, partName);
        if (type is not null)
        {
            types[partName] = type;
        }
        return type;
    }

    private static ObjectGraphType? Create(ContentSchemaBuilder builder, string partName)
    {
        var items = new ListGraphType(new NonNullGraphType(builder.ItemInterface));
        ObjectGraphType type;
        switch (partName)
        {
            case BuiltInParts.TitlePart:
                type = New(builder, "TitlePart", "The item's title.");
                type.AddField(GraphFields.Of("title", "The title.", typeof(StringGraphType), c => Text(c, "Title")));
                break;
            case BuiltInParts.MarkdownBodyPart:
                type = New(builder, "MarkdownBodyPart", "The item's body in Markdown.");
                type.AddField(GraphFields.Of("markdown", "The Markdown as written.", typeof(StringGraphType), c => Text(c, "Markdown")));
                type.AddField(GraphFields.Of("html", "The Markdown rendered as HTML, sanitised.", typeof(StringGraphType), c => ContentHtml.FromMarkdown(Text(c, "Markdown"))));
                break;
            case BuiltInParts.HtmlBodyPart:
                type = New(builder, "HtmlBodyPart", "The item's body in HTML.");
                type.AddField(GraphFields.Of("html", "The HTML, sanitised.", typeof(StringGraphType), c => ContentHtml.Sanitize(Text(c, "Html"))));
                break;
            case BuiltInParts.LocalizationPart:
                type = New(builder, "LocalizationPart", "The item's culture and the set of its translations.");
                type.AddField(GraphFields.Of("culture", "The culture the item is written in, e.g. en or ur.", typeof(StringGraphType), c => Text(c, "Culture")));
                type.AddField(GraphFields.Of("localizationSet", "The id shared by the item and its translations.", typeof(StringGraphType), c => Text(c, "LocalizationSet")));
                var localizations = GraphFields.Of("localizations", "The item's published translations (itself excluded), optionally in one culture.", items, Localizations);
                localizations.Arguments = new QueryArguments(GraphFields.Argument("culture", "Only the translation in this culture.", typeof(StringGraphType)));
                localizations.WithComplexityImpact(1, GraphFields.RelatedItems);
                type.AddField(localizations);
                break;
            case BuiltInParts.ContainedPart:
                type = New(builder, "ContainedPart", "The list the item belongs to, and its place in it.");
                type.AddField(GraphFields.Of("listContentItemId", "The id of the list (container) item.", typeof(StringGraphType), c => Text(c, "ListContentItemId")));
                type.AddField(GraphFields.Of("order", "The item's position in the list.", typeof(DecimalGraphType), c => FieldValue.TryNumber(Part(c)?["Order"], out var n) ? n : null));
                type.AddField(GraphFields.Of("listContentItem", "The published list (container) item.", builder.ItemInterface, c =>
                {
                    if (Text(c, "ListContentItemId") is not { } id)
                    {
                        return null;
                    }
                    var load = Data(c).Item(id);
                    return new Deferred<ContentItem?>(async token => await load.GetResultAsync(token) is { } item && builder.Fields.CanShow(item) ? item : null);
                }));
                break;
            case BuiltInParts.ListPart:
                type = New(builder, "ListPart", "The items this item contains.");
                var contained = GraphFields.Of("contentItems", "The published items of the list, in list order.", items, ListItems);
                var first = GraphFields.Argument("first", "How many items to return (at most 1000).", typeof(IntGraphType));
                first.Validator = value =>
                {
                    if (value is int n && n is < 0 or > 1000)
                    {
                        throw new ArgumentException("first must be between 0 and 1000.");
                    }
                };
                var skip = GraphFields.Argument("skip", "How many items to skip.", typeof(IntGraphType));
                skip.Validator = value =>
                {
                    if (value is int n && n < 0)
                    {
                        throw new ArgumentException("skip must be 0 or more.");
                    }
                };
                contained.Arguments = new QueryArguments(first, skip);
                type.AddField(contained);
                break;
            case BuiltInParts.TaxonomyPart:
                type = New(builder, "TaxonomyPart", "A taxonomy: the content type of its terms and the terms.");
                type.AddField(GraphFields.Of("termContentType", "The content type of the terms.", typeof(StringGraphType), c => Text(c, "TermContentType")));
                type.AddField(GraphFields.Of("terms", "The terms, as items of the term content type.", items,
                    c => TaxonomyTerms.Of(((PartSource)c.Source!).Item).Where(builder.Fields.CanShow).ToList()).WithComplexityImpact(1, GraphFields.RelatedItems));
                break;
            case BuiltInParts.TermPart:
                type = New(builder, "TermPart", "The taxonomy a term belongs to.");
                type.AddField(GraphFields.Of("taxonomyContentItemId", "The id of the taxonomy.", typeof(StringGraphType), c => Text(c, "TaxonomyContentItemId")));
                break;
            case BuiltInParts.PublishLaterPart:
                type = New(builder, "PublishLaterPart", "When the item's draft is scheduled to be published.");
                type.AddField(GraphFields.Of("scheduledPublishUtc", "The scheduled time (UTC), if any.", typeof(DateTimeGraphType),
                    c => FieldValue.TryDate(Part(c)?["ScheduledPublishUtc"], out var d) ? d : null));
                break;
            default:
                return null;
        }
        return type;
    }

    private static ObjectGraphType New(ContentSchemaBuilder builder, string name, string description) =>
        new() { Name = builder.NewTypeName(name), Description = description };

    private static JsonObject? Part(IResolveFieldContext context) => (context.Source as PartSource)?.Part;

    private static string? Text(IResolveFieldContext context, string property) =>
        Part(context)?[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static ContentGraphData Data(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ContentGraphData>();

    private static object? Localizations(IResolveFieldContext context)
    {
        var source = (PartSource)context.Source!;
        if (Text(context, "LocalizationSet") is not { Length: > 0 } set)
        {
            return null;
        }
        var culture = context.GetArgument<string?>("culture");
        var load = Data(context).Referencing(new ReferenceKey(null, BuiltInParts.LocalizationPart, "LocalizationSet", set));
        return new Deferred<IReadOnlyList<ContentItem>>(async token => (await load.GetResultAsync(token))
            .Where(i => i.ContentItemId != source.Item.ContentItemId &&
                (culture is null || string.Equals(i.Part(BuiltInParts.LocalizationPart)?["Culture"]?.GetValue<string>(), culture, StringComparison.OrdinalIgnoreCase)))
            .ToList());
    }

    private static object? ListItems(IResolveFieldContext context)
    {
        var source = (PartSource)context.Source!;
        var skip = context.GetArgument<int?>("skip") ?? 0;
        var first = context.GetArgument<int?>("first") ?? 100;
        var load = Data(context).Referencing(new ReferenceKey(null, BuiltInParts.ContainedPart, "ListContentItemId", source.Item.ContentItemId));
        return new Deferred<IReadOnlyList<ContentItem>>(async token => (await load.GetResultAsync(token))
            .OrderBy(i => FieldValue.TryNumber(i.Part(BuiltInParts.ContainedPart)?["Order"], out var order) ? order : decimal.MaxValue)
            .Skip(skip).Take(first).ToList());
    }
}
